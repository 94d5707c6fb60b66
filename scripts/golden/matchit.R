# Golden files for the effects engine's nearest-neighbour matching (src/effects/matching.ts).
#
# Writes, from a seeded small dataset:
#   test/golden/effects/matchit-data.csv   id, treat, score (the committed input)
#   test/golden/effects/matchit.json       MatchIt's matches and weights for a grid of settings
#
# Run from the repository root:  Rscript scripts/golden/matchit.R
# Needs R with MatchIt and jsonlite (Debian: apt-get install r-base-core r-cran-matchit r-cran-jsonlite).
#
# WARNING: Debian bookworm's r-cran-matchit 4.5.1 has two bugs in src/nn_matchC_vec.cpp (the
# code path for a distance vector), both fixed upstream in C++ only by MatchIt 4.5.5:
#   - abs() on doubles resolves to the integer abs() with g++: the caliper is never applied and the
#     left neighbour always wins (upstream 4b5b2f8, std::abs);
#   - an off-by-one in the "already matched to this unit" check: with replace = TRUE and ratio > 1 a
#     control is matched twice to the same treated unit, and without replacement the wrong control
#     is skipped in later rounds (upstream c4d6401, NEWS: "Fixed a bug when using method =
#     "nearest" with replace = TRUE and ratio greater than 1").
# MatchIt 4.5.5 itself needs chk and rlang >= 1.1 (not in bookworm), so the committed golden file
# was made with MatchIt 4.5.1 (git 9762dc6) whose src/nn_matchC_vec.cpp was replaced by 4.5.5's
# (git 4cf6854; same signature, C++ only):
#   git archive 9762dc6 | tar -x -C MatchIt451
#   git show 4cf6854:src/nn_matchC_vec.cpp > MatchIt451/src/nn_matchC_vec.cpp
#   R CMD INSTALL --library=/usr/local/lib/R/site-library MatchIt451
# The script refuses to run on a build with either bug (checks in run() below).
#
# The distance is given as the score itself (distance = d$score), the caliper is in score units
# (std.caliper = FALSE), so only the matching algorithm is compared, not a propensity model.
# Scores are rounded to 3 decimals so that exact ties (and distances equal to the caliper up to
# floating point) occur and the tie-breaking is tested too.

suppressPackageStartupMessages({
  library(MatchIt)
  library(jsonlite)
})

out_dir <- file.path("test", "golden", "effects")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

set.seed(20221)
n1 <- 60
n0 <- 160
# Treated scores sit higher than the controls' and a few lie outside the controls' range.
treated_score <- round(c(plogis(rnorm(n1 - 3, 0.2, 0.9)), 0.985, 0.991, 0.012), 3)
control_score <- round(plogis(rnorm(n0, -0.6, 0.9)), 3)
control_score <- pmin(control_score, 0.95)
d <- data.frame(treat = c(rep(1L, n1), rep(0L, n0)), score = c(treated_score, control_score))
# Interleave treated and controls in a fixed shuffled data order.
d <- d[sample.int(nrow(d)), ]
d$id <- seq_len(nrow(d))
rownames(d) <- d$id
write.csv(d[, c("id", "treat", "score")], file.path(out_dir, "matchit-data.csv"), row.names = FALSE, quote = FALSE)

control_ids <- d$id[d$treat == 0]
treated_ids <- d$id[d$treat == 1]

run <- function(replace, ratio, caliper, m.order, discard = "none") {
  args <- list(treat ~ score, data = d, method = "nearest", distance = d$score,
               replace = replace, ratio = ratio, m.order = m.order, discard = discard)
  if (!is.null(caliper)) {
    args$caliper <- caliper
    args$std.caliper <- FALSE
  }
  m <- suppressWarnings(do.call(matchit, args))
  mm <- m$match.matrix
  # Control ids -> 0-based index among controls in data order; NA -> dropped.
  matches <- lapply(as.character(treated_ids), function(tid) {
    row <- mm[tid, ]
    row <- row[!is.na(row)]
    I(as.integer(match(as.integer(row), control_ids) - 1L))
  })
  if (any(vapply(matches, anyDuplicated, integer(1)) > 0)) stop("this MatchIt build reuses a control for one treated unit (see the warning at the top)")
  if (!is.null(caliper)) {
    pairs <- which(!is.na(mm), arr.ind = TRUE)
    gap <- abs(d[rownames(mm)[pairs[, 1]], "score"] - d[mm[pairs], "score"])
    if (any(gap > caliper)) stop("this MatchIt build ignores the caliper (see the warning at the top)")
  }
  list(
    replace = replace, ratio = ratio, caliper = if (is.null(caliper)) NA else caliper,
    m_order = m.order, discard = discard,
    matches = matches,
    treated_weights = unname(m$weights[d$treat == 1]),
    control_weights = unname(m$weights[d$treat == 0])
  )
}

cases <- list()
for (replace in c(FALSE, TRUE)) {
  for (ratio in c(1L, 2L, 3L)) {
    for (caliper in list(0.01, 0.05, NULL)) {
      for (m.order in c("largest", "smallest", "data")) {
        if (replace && m.order != "largest") next  # with replacement the order cannot matter
        cases[[length(cases) + 1]] <- run(replace, ratio, caliper, m.order)
      }
    }
  }
}
cases[[length(cases) + 1]] <- run(TRUE, 1L, 0.01, "largest", discard = "treated")
cases[[length(cases) + 1]] <- run(FALSE, 1L, 0.01, "largest", discard = "treated")

golden <- list(
  generated_by = "scripts/golden/matchit.R",
  r_version = R.version.string,
  matchit_version = as.character(packageVersion("MatchIt")),
  matchit_build = "4.5.1 (git 9762dc6) with src/nn_matchC_vec.cpp of 4.5.5 (git 4cf6854)",
  n_treated = n1, n_control = n0,
  cases = cases
)
writeLines(toJSON(golden, auto_unbox = TRUE, digits = NA, na = "null", pretty = FALSE),
           file.path(out_dir, "matchit.json"))
cat("wrote", length(cases), "cases to", file.path(out_dir, "matchit.json"), "\n")
