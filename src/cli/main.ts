console.log("livschancer: under construction");
