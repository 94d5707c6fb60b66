# Golden values for src/stats from R (stats + sandwich). Writes test/golden/stats/*.json.
#
#   Rscript scripts/golden/stats.R            (from the repository root)
#
# Needs R >= 4 and the sandwich package (Debian: apt-get install r-base-core r-cran-sandwich).
# Datasets are generated here with a fixed seed and written into the JSON next to the expected
# values, so the TypeScript tests never depend on R's random number generator.

suppressPackageStartupMessages(library(sandwich))
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
out_dir <- file.path("test", "golden", "stats")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

# ---------- a minimal JSON writer (no jsonlite dependency) ----------
num <- function(x) {
  if (is.na(x) && !is.nan(x)) return("null")
  if (is.nan(x)) return("\"NaN\"")
  if (is.infinite(x)) return(if (x > 0) "\"Infinity\"" else "\"-Infinity\"")
  sprintf("%.17g", x)
}
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.matrix(x)) return(paste0("[", paste(apply(x, 1, function(r) to_json(as.numeric(r))), collapse = ","), "]"))
  if (is.list(x)) {
    if (!is.null(names(x))) {
      return(paste0("{", paste(sprintf("\"%s\":%s", names(x), vapply(x, to_json, "")), collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  if (is.character(x)) {
    s <- sprintf("\"%s\"", x)
    return(if (length(x) == 1 && is.null(attr(x, "array"))) s else paste0("[", paste(s, collapse = ","), "]"))
  }
  if (is.logical(x)) x <- as.numeric(x)
  s <- vapply(as.numeric(x), num, "")
  if (length(x) == 1 && is.null(attr(x, "array"))) s else paste0("[", paste(s, collapse = ","), "]")
}
arr <- function(x) structure(x, array = TRUE) # force a JSON array even for length 1
write_json <- function(x, name) {
  path <- file.path(out_dir, name)
  writeLines(to_json(x), path)
  cat("wrote", path, "\n")
}

# ---------- distributions ----------
pts <- list()
add <- function(fn, args, value) pts[[length(pts) + 1]] <<- list(fn = fn, args = arr(args), value = value)
for (x in c(-38, -20, -8.5, -5, -3, -1.96, -1, -0.3, 0, 0.3, 1, 1.96, 3, 5, 8.5)) {
  add("normalCdf", x, pnorm(x))
  add("normalSurvival", x, pnorm(x, lower.tail = FALSE))
}
for (p in c(1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.2, 0.5, 0.7, 0.95, 0.975, 0.999, 1 - 1e-10)) {
  add("normalQuantile", p, qnorm(p))
}
dfs <- c(0.5, 1, 2, 3, 4.5, 5, 10, 30, 100, 1000, 1e5)
for (df in dfs) {
  for (t in c(-50, -10, -4, -2.5, -1, -0.1, 0, 0.5, 1.5, 2, 3, 6, 20)) {
    add("tCdf", c(t, df), pt(t, df))
    add("tSurvival", c(t, df), pt(t, df, lower.tail = FALSE))
  }
  for (p in c(1e-12, 1e-6, 0.001, 0.025, 0.05, 0.1, 0.4, 0.6, 0.9, 0.95, 0.975, 0.995, 0.999999)) {
    add("tQuantile", c(p, df), qt(p, df))
  }
}
for (df in c(0.5, 1, 2, 3, 5, 10, 25, 50, 100, 1000, 10000)) {
  for (x in unique(c(df * c(0.01, 0.1, 0.5, 0.9, 1, 1.1, 1.5, 2, 3, 5), 0.001, 1, 3.84, 10, 100))) {
    add("chiSquareCdf", c(x, df), pchisq(x, df))
    add("chiSquareSurvival", c(x, df), pchisq(x, df, lower.tail = FALSE))
  }
  for (p in c(1e-10, 1e-4, 0.01, 0.025, 0.05, 0.5, 0.9, 0.95, 0.975, 0.999, 1 - 1e-8)) {
    add("chiSquareQuantile", c(p, df), qchisq(p, df))
  }
}
for (d in list(c(1, 1), c(2, 10), c(3, 50), c(5, 5), c(10, 200), c(30, 7), c(100, 1000))) {
  for (x in c(0.01, 0.2, 0.9, 1, 1.5, 2.5, 4, 10, 50)) {
    add("fCdf", c(x, d), pf(x, d[1], d[2]))
    add("fSurvival", c(x, d), pf(x, d[1], d[2], lower.tail = FALSE))
  }
}
write_json(list(r_version = R.version.string, points = pts), "distributions.json")

# ---------- a clustered panel shared by the OLS and logit goldens ----------
set.seed(20221)
G <- 30
sizes <- sample(3:14, G, replace = TRUE)
cluster <- rep(seq_len(G), sizes)
n <- length(cluster)
area_effect <- rnorm(G, sd = 0.8)[cluster]
area_x <- round(rnorm(G), 3)[cluster] # a cluster-level regressor
x1 <- round(rnorm(n, mean = 2, sd = 1.5), 3)
x2 <- rbinom(n, 1, 0.4)
region <- sample(c("Hovedstaden", "Sjaelland", "Syddanmark", "Midtjylland", "Nordjylland"), n, replace = TRUE)
y <- round(1 + 0.5 * x1 - 0.7 * x2 + 0.3 * area_x + area_effect + rnorm(n, sd = 0.5 + 0.4 * abs(x1)), 4)
eta <- -0.4 + 0.6 * x1 - 0.8 * x2 + 0.5 * area_x + 0.5 * area_effect + ifelse(region == "Nordjylland", 0.6, 0)
d <- rbinom(n, 1, plogis(eta))
w <- sample(1:4, n, replace = TRUE) / 2
panel <- data.frame(y, d, x1, x2, area_x, region, cluster, w)
panel$region <- relevel(factor(panel$region), ref = "Hovedstaden")

coef_block <- function(fit, V, df) {
  b <- coef(fit)
  se <- sqrt(diag(V))
  crit <- if (is.finite(df)) qt(0.975, df) else qnorm(0.975)
  stat <- b / se
  p <- if (is.finite(df)) 2 * pt(-abs(stat), df) else 2 * pnorm(-abs(stat))
  list(names = arr(names(b)), estimate = arr(unname(b)), se = arr(unname(se)), statistic = arr(unname(stat)),
       p = arr(unname(p)), lower = arr(unname(b - crit * se)), upper = arr(unname(b + crit * se)), vcov = unname(V), df = df)
}

# OLS: y ~ x1 + x2 + area_x + region dummies.
ols_fit <- lm(y ~ x1 + x2 + area_x + region, data = panel)
k <- length(coef(ols_fit))
s <- summary(ols_fit)
ols_json <- list(
  data = list(y = arr(panel$y), x1 = arr(panel$x1), x2 = arr(panel$x2), area_x = arr(panel$area_x),
              region = arr(as.character(panel$region)), cluster = arr(panel$cluster), d = arr(panel$d)),
  region_levels = arr(levels(panel$region)),
  n = n, clusters = G,
  sigma = s$sigma, r2 = s$r.squared, adj_r2 = s$adj.r.squared, f = unname(s$fstatistic["value"]),
  rss = sum(residuals(ols_fit)^2),
  model = coef_block(ols_fit, vcov(ols_fit), n - k),
  HC1 = coef_block(ols_fit, vcovHC(ols_fit, type = "HC1"), n - k),
  # Stata regress, vce(cluster): G/(G-1) (n-1)/(n-k), t with G-1 df.
  CR1 = coef_block(ols_fit, vcovCL(ols_fit, cluster = ~cluster, type = "HC1", cadjust = TRUE), G - 1),
  # Joint Wald tests of the region dummies (Stata: test after regress, vce(cluster) -> F(q, G-1)).
  wald = {
    idx <- grep("^region", names(coef(ols_fit)))
    wald <- function(V, df2) {
      b <- coef(ols_fit)[idx]
      W <- as.numeric(t(b) %*% solve(V[idx, idx], b))
      list(F = W / length(idx), df1 = length(idx), df2 = df2, p = pf(W / length(idx), length(idx), df2, lower.tail = FALSE))
    }
    list(model = wald(vcov(ols_fit), n - k),
         CR1 = wald(vcovCL(ols_fit, cluster = ~cluster, type = "HC1", cadjust = TRUE), G - 1))
  },
  # Weighted least squares (analytic weights, e.g. matching weights): lm(weights = w).
  weighted = {
    wfit <- lm(y ~ x1 + x2 + area_x + region, data = panel, weights = w)
    ws <- summary(wfit)
    list(w = arr(panel$w), sigma = ws$sigma, r2 = ws$r.squared, f = unname(ws$fstatistic["value"]),
         residuals = arr(unname(residuals(wfit))),
         model = coef_block(wfit, vcov(wfit), n - k),
         HC1 = coef_block(wfit, vcovHC(wfit, type = "HC1"), n - k),
         CR1 = coef_block(wfit, vcovCL(wfit, cluster = ~cluster, type = "HC1", cadjust = TRUE), G - 1))
  },
  # A regression through the origin, to check the uncentred R².
  noint = list(estimate = arr(unname(coef(lm(y ~ 0 + x1 + x2, data = panel)))),
               r2 = summary(lm(y ~ 0 + x1 + x2, data = panel))$r.squared)
)
write_json(ols_json, "ols.json")

# Logit and probit: d ~ x1 + x2 + area_x + region, iterated to the MLE. glm stops on a relative
# deviance change, which leaves Fisher scoring for probit (linear convergence) ~1e-8 short;
# restarting from the previous estimate until the coefficients stop moving removes that.
glm_converged <- function(formula, family) {
  fit <- glm(formula, family = family, data = panel, control = glm.control(epsilon = 1e-14, maxit = 100))
  for (i in 1:50) {
    refit <- glm(formula, family = family, data = panel, start = coef(fit), control = glm.control(epsilon = 1e-14, maxit = 100))
    done <- max(abs(coef(refit) - coef(fit)) / (abs(coef(fit)) + 0.1)) < 1e-15
    fit <- refit
    if (done) break
  }
  fit
}
logit_fit <- glm_converged(d ~ x1 + x2 + area_x + region, binomial("logit"))
probit_fit <- glm_converged(d ~ x1 + x2 + area_x + region, binomial("probit"))
newdata <- data.frame(x1 = c(0, 1.5, 4), x2 = c(1, 0, 1), area_x = c(-0.5, 0.2, 1.1),
                      region = factor(c("Hovedstaden", "Nordjylland", "Syddanmark"), levels = levels(panel$region)))
logit_json <- list(
  logit = list(
    model = coef_block(logit_fit, vcov(logit_fit), Inf),
    HC1 = coef_block(logit_fit, vcovHC(logit_fit, type = "HC1"), Inf),
    # Stata logit, vce(cluster): G/(G-1) only.
    CR1 = coef_block(logit_fit, vcovCL(logit_fit, cluster = ~cluster, type = "HC0", cadjust = TRUE), Inf),
    deviance = deviance(logit_fit), null_deviance = logit_fit$null.deviance, loglik = as.numeric(logLik(logit_fit)),
    fitted = arr(unname(fitted(logit_fit))),
    wald_region = {
      idx <- grep("^region", names(coef(logit_fit)))
      V <- vcovCL(logit_fit, cluster = ~cluster, type = "HC0", cadjust = TRUE)
      W <- as.numeric(t(coef(logit_fit)[idx]) %*% solve(V[idx, idx], coef(logit_fit)[idx]))
      list(chi2 = W, df = length(idx), p = pchisq(W, length(idx), lower.tail = FALSE))
    },
    odds_ratio = arr(unname(exp(coef(logit_fit)))),
    predict = arr(unname(predict(logit_fit, newdata = newdata, type = "response")))
  ),
  probit = list(
    model = coef_block(probit_fit, vcov(probit_fit), Inf),
    deviance = deviance(probit_fit),
    predict = arr(unname(predict(probit_fit, newdata = newdata, type = "response")))
  ),
  newdata = list(x1 = arr(newdata$x1), x2 = arr(newdata$x2), area_x = arr(newdata$area_x), region = arr(as.character(newdata$region)))
)
write_json(logit_json, "logit.json")

# ---------- tests and intervals ----------
set.seed(7)
a <- round(rnorm(23, 10, 2), 2)
b <- round(rnorm(31, 11, 3.5), 2)
welch <- t.test(a, b)
student <- t.test(a, b, var.equal = TRUE)
tt <- function(r) list(statistic = unname(r$statistic), df = unname(r$parameter), p = r$p.value,
                       lower = r$conf.int[1], upper = r$conf.int[2])
tab2 <- matrix(c(12, 5, 7, 19), 2, byrow = TRUE)
tab34 <- matrix(c(10, 12, 7, 4, 8, 9, 15, 3, 2, 6, 11, 13), 3, byrow = TRUE)
chi <- function(m) {
  r <- suppressWarnings(chisq.test(m, correct = FALSE))
  list(table = m, statistic = unname(r$statistic), df = unname(r$parameter), p = r$p.value, expected = unname(r$expected))
}
wilson <- lapply(list(c(0, 10), c(3, 10), c(10, 10), c(37, 120), c(512, 2000)), function(v) {
  ci <- prop.test(v[1], v[2], correct = FALSE)$conf.int
  list(x = v[1], n = v[2], lower = ci[1], upper = ci[2])
})
poisson <- lapply(list(c(0, 1), c(1, 1), c(5, 1), c(17, 250.5), c(230, 1e4)), function(v) {
  ci <- poisson.test(v[1], v[2])$conf.int
  list(x = v[1], exposure = v[2], lower = ci[1], upper = ci[2])
})
smd <- 100 * (mean(a) - mean(b)) / sqrt((var(a) + var(b)) / 2)
tests_json <- list(
  a = arr(a), b = arr(b),
  welch = tt(welch), student = tt(student),
  chi2x2 = chi(tab2), chi3x4 = chi(tab34),
  wilson = wilson, wilson90 = { ci <- prop.test(37, 120, correct = FALSE, conf.level = 0.9)$conf.int; list(lower = ci[1], upper = ci[2]) },
  poisson = poisson,
  smd = smd
)
write_json(tests_json, "tests.json")
