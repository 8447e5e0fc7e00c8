# The R oracle: checks a finished sweep's statistics against R's survival package.
# Usage: Rscript scripts/r-oracle.R RESULTS_DIR
# For every design point in summary.csv: Kaplan-Meier survival and its interval at days 30, 90,
# 180 and 365 (survfit with the conf.type the file names), and the median (print.survfit's rule);
# the log-rank statistic in logrank.csv (survdiff); and, on each point's runs, the Aalen-Johansen
# cumulative incidence (survfit with a factor status) against Truce's estimator run here on the
# same runs when runs.csv has an ending column. Exits 1 on any difference beyond 1e-9 or the
# file's 6-decimal rounding.
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
runs <- read.csv(file.path(dir, "runs.csv"), check.names = FALSE, stringsAsFactors = FALSE)
summ <- read.csv(file.path(dir, "summary.csv"), check.names = FALSE, stringsAsFactors = FALSE,
                 na.strings = "NA")
tol <- 5e-7 + 1e-9          # half a unit in the 6th decimal, plus floating-point slack
failures <- 0
checked <- 0
same <- function(what, truce, r) {
  checked <<- checked + 1
  ok <- (is.na(truce) && is.na(r)) || (!is.na(truce) && !is.na(r) && abs(truce - r) <= tol)
  if (!ok) {
    failures <<- failures + 1
    if (failures <= 20) cat(sprintf("DIFFERENT %s: truce %s, R %s\n", what, format(truce, digits = 12),
                                    format(r, digits = 12)))
  }
}
runs$event <- !as.logical(runs$survived)   # TRUE/FALSE in runs.csv: logical in R
days <- c(30, 90, 180, 365)
for (i in seq_len(nrow(summ))) {
  id <- summ$point[i]
  d <- runs[runs$point == id, ]
  conf <- summ$km_conf_type[i]
  fit <- survfit(Surv(collapse_day, event) ~ 1, data = d, conf.type = conf)
  s <- summary(fit, times = days, extend = TRUE)
  for (j in seq_along(days)) {
    col <- paste0("km", days[j])
    if (is.na(summ[[col]][i]) && days[j] > max(d$collapse_day)) next   # beyond the horizon
    same(paste(id, col), summ[[col]][i], s$surv[j])
    # R gives NA for log-log where S = 1 in the fitted rows; Truce gives [1, 1] as R does before the first event
    lo <- s$lower[j]; hi <- s$upper[j]
    if (is.na(lo) && s$surv[j] == 1) { lo <- 1; hi <- 1 }
    same(paste(id, col, "lower"), summ[[paste0(col, "_lo95")]][i], lo)
    same(paste(id, col, "upper"), summ[[paste0(col, "_hi95")]][i], hi)
  }
  same(paste(id, "median"), summ$median_collapse_day[i], unname(summary(fit)$table["median"]))
  same(paste(id, "n"), summ$n[i], nrow(d))
}
lr <- read.csv(file.path(dir, "logrank.csv"), stringsAsFactors = FALSE)
if (!is.na(lr$grouped_by[1])) {
  gcol <- lr$grouped_by[1]                   # a parameter path; codebook.csv names its column
  book <- read.csv(file.path(dir, "codebook.csv"), stringsAsFactors = FALSE)
  if (gcol %in% book$parameter) gcol <- book$column[book$parameter == gcol][1]
  g <- factor(runs[[gcol]])
  sd <- survdiff(Surv(collapse_day, event) ~ g, data = runs)
  checked <- checked + 1
  if (abs(sd$chisq - lr$chisq[1]) > tol * max(1, sd$chisq) || length(sd$n) - 1 != lr$df[1]) {
    failures <- failures + 1
    cat(sprintf("DIFFERENT log-rank by %s: truce chisq %s df %s, R chisq %s df %s\n", lr$grouped_by[1],
                lr$chisq[1], lr$df[1], format(sd$chisq, digits = 12), length(sd$n) - 1))
  }
}
cif <- file.path(dir, "incidence.csv")
if (file.exists(cif)) {
  inc <- read.csv(cif, check.names = FALSE, stringsAsFactors = FALSE, na.strings = "NA")
  for (i in seq_len(nrow(inc))) {
    d <- runs[runs$point == inc$point[i], ]
    lv <- c("censored", "breakdown", "settlement", "expiry")   # unused levels keep survfit multi-state
    status <- factor(ifelse(d$ending == "in_force", "censored", d$ending), levels = lv)
    fit <- survfit(Surv(ending_day, status) ~ 1, data = d, conf.type = inc$conf_type[i])
    s <- summary(fit, times = inc$day[i], extend = TRUE)
    k <- match(inc$ending[i], lv)   # column 1 is the starting state (in force)
    same(paste(inc$point[i], inc$ending[i], "day", inc$day[i], "incidence"), inc$incidence[i], s$pstate[1, k])
    same(paste(inc$point[i], inc$ending[i], "day", inc$day[i], "lower"), inc$lower[i], s$lower[1, k])
    same(paste(inc$point[i], inc$ending[i], "day", inc$day[i], "upper"), inc$upper[i], s$upper[1, k])
  }
}
cat(sprintf("R oracle (survival %s): %d values checked, %d different\n", packageVersion("survival"),
            checked, failures))
quit(status = if (failures > 0) 1 else 0)
