# The R oracle: checks a finished sweep's statistics against R's survival package.
# Usage: Rscript scripts/r-oracle.R RESULTS_DIR
# For every design point in summary.csv: Kaplan-Meier survival and its interval at days 30, 90,
# 180 and 365 (survfit with the conf.type the file names), and the median (print.survfit's rule);
# the log-rank statistic in logrank.csv (survdiff); and, on each point's runs, the Aalen-Johansen
# cumulative incidence (survfit with a factor status) against Truce's estimator run here on the
# same runs when runs.csv has an ending column; with several ceasefires, each ceasefire's incidence
# (incidence-by-ceasefire.csv) and hazard.csv (below).
# Exits 1 on any difference beyond 1e-9 or the file's 6-decimal rounding (p-values, written in
# full: 1e-6 relative).
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
  ok <- (is.na(truce) && is.na(r)) || (!is.na(truce) && !is.na(r) && (truce == r || abs(truce - r) <= tol))
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
# incidence.csv: the composite's endings (ending, ending_day); incidence-by-ceasefire.csv, with
# several ceasefires: each ceasefire's own (<key>_ending, <key>_ending_day), on the scenario's calendar
incidence <- function(file) {
  path <- file.path(dir, file)
  if (!file.exists(path)) return(invisible())
  inc <- read.csv(path, check.names = FALSE, stringsAsFactors = FALSE, na.strings = "NA")
  lv <- c("censored", "breakdown", "settlement", "expiry")   # unused levels keep survfit multi-state
  each <- "ceasefire" %in% names(inc)
  for (i in seq_len(nrow(inc))) {
    key <- if (each) paste0(gsub("-", "_", inc$ceasefire[i]), "_") else ""
    d <- runs[runs$point == inc$point[i], ]
    status <- factor(ifelse(d[[paste0(key, "ending")]] == "in_force", "censored", d[[paste0(key, "ending")]]), levels = lv)
    time <- d[[paste0(key, "ending_day")]]
    fit <- survfit(Surv(time, status) ~ 1, conf.type = inc$conf_type[i])
    s <- summary(fit, times = inc$day[i], extend = TRUE)
    k <- match(inc$ending[i], lv)   # column 1 is the starting state (in force)
    what <- paste(file, if (each) inc$ceasefire[i] else "", inc$point[i], inc$ending[i], "day", inc$day[i])
    same(paste(what, "incidence"), inc$incidence[i], s$pstate[1, k])
    lo <- s$lower[1, k]; hi <- s$upper[1, k]
    if (inc$day[i] < min(fit$time)) {   # before any ending R fills [0, 0]; later, an incidence of 0 has
      lo <- hi <- if (inc$conf_type[i] == "plain") 0 else NA   # [0, 0] (plain) or NA (log, log-log), as Truce writes
    }
    same(paste(what, "lower"), inc$lower[i], lo)
    same(paste(what, "upper"), inc$upper[i], hi)
  }
  cat(sprintf("%s: %d rows checked\n", file, nrow(inc)))
}
incidence("incidence.csv")
incidence("incidence-by-ceasefire.csv")
# hazard.csv (a sweep of several ceasefires): each ceasefire B's breakdowns and days at risk while
# ceasefire A had not broken down and after it had, counted again here from runs.csv by 30-day
# periods of the calendar (a day of B at risk, from <B>_start_day to its ending or the horizon, is
# "after" once A broke down on an earlier day); the hazards and their intervals against
# poisson.test(x, T); the crude ratio against poisson.test(c(after, before), c(T_after, T_before));
# the day-stratified Mantel-Haenszel rate ratio and its 95% interval against the published formula,
# RR = sum(a T0 / T) / sum(b T1 / T), var(ln RR) = sum(M T1 T0 / T^2) / (sum(a T0 / T) sum(b T1 / T))
# (Greenland & Robins 1985, Biometrics 41:55-68; Rothman, Greenland & Lash 2008, Modern
# Epidemiology, 3rd ed., ch. 15), written out below; and its p-value against the score (Rao) test
# of the exposure in a Poisson regression with a rate per period, glm(a ~ period + after,
# offset = log(days)), whose statistic is the Mantel-Haenszel chi-square.
hz <- file.path(dir, "hazard.csv")
if (file.exists(hz)) {
  before <- c(checked, failures)
  haz <- read.csv(hz, stringsAsFactors = FALSE, na.strings = "NA", colClasses = c(group = "character"))
  manifest <- paste(readLines(file.path(dir, "manifest.json")), collapse = " ")
  horizon <- as.integer(sub('.*"horizon" *: *([0-9]+).*', "\\1", manifest))
  periods <- seq(0, ceiling(horizon / 30) - 1)
  cells <- read.csv(file.path(dir, "runs.csv"), check.names = FALSE, colClasses = "character")
  book <- read.csv(file.path(dir, "codebook.csv"), stringsAsFactors = FALSE)
  swept <- book$column[!is.na(book$parameter) & book$parameter != ""]
  label <- do.call(paste, c(unname(as.list(cells[swept])), sep = ", "))   # a design point's name on the chart
  days <- function(lo, hi, s) pmax(0, pmin(hi, 30 * s + 29) - pmax(lo, 30 * s) + 1)
  near <- function(what, truce, r) {   # p-values are written in full: relative tolerance
    checked <<- checked + 1
    ok <- (is.na(truce) && is.na(r)) || (!is.na(truce) && !is.na(r) && abs(truce - r) <= 1e-6 * max(abs(r), 1e-300))
    if (!ok) {
      failures <<- failures + 1
      cat(sprintf("DIFFERENT %s: truce %s, R %s\n", what, format(truce, digits = 15), format(r, digits = 15)))
    }
  }
  for (i in seq_len(nrow(haz))) {
    h <- haz[i, ]
    what <- sprintf("hazard %s given %s, %s", h$ceasefire, h$given, h$group)
    in_group <- if (is.na(h$grouped_by)) rep(TRUE, nrow(runs)) else if (h$grouped_by == "point") label == h$group else {
      g <- h$grouped_by
      if (g %in% book$parameter) g <- book$column[book$parameter == g][1]
      cells[[g]] == h$group
    }
    key <- function(k, col) paste0(gsub("-", "_", k), "_", col)
    start <- runs[[key(h$ceasefire, "start_day")]]
    end <- runs[[key(h$ceasefire, "ending_day")]]
    broke <- runs[[key(h$ceasefire, "ending")]] == "breakdown"
    other <- ifelse(runs[[key(h$given, "ending")]] == "breakdown", runs[[key(h$given, "ending_day")]], -1)
    last <- ifelse(end >= horizon, horizon - 1, end)        # the last day at risk
    at_risk <- in_group & last >= start
    split <- ifelse(other < 0, last, pmin(last, other))      # the last day "before"
    after <- broke & other >= 0 & end > other                # a breakdown on A's day counts as before
    t0 <- sapply(periods, function(s) sum(days(start, split, s)[at_risk]))
    t1 <- sapply(periods, function(s) sum(days(pmax(start, split + 1), last, s)[at_risk]))
    b <- sapply(periods, function(s) sum(at_risk & broke & !after & end %/% 30 == s))
    a <- sapply(periods, function(s) sum(at_risk & broke & after & end %/% 30 == s))
    for (x in list(list("breakdowns_before", sum(b)), list("days_before", sum(t0)), list("breakdowns_after", sum(a)),
                   list("days_after", sum(t1)))) {
      same(paste(what, x[[1]]), h[[x[[1]]]], x[[2]])
    }
    for (side in list(list("before", sum(b), sum(t0)), list("after", sum(a), sum(t1)))) {
      col <- paste0("hazard_", side[[1]])
      if (side[[3]] == 0) { same(paste(what, col), h[[col]], NA); next }
      pt <- poisson.test(side[[2]], side[[3]])
      same(paste(what, col), h[[col]], side[[2]] / side[[3]])
      same(paste(what, col, "lower"), h[[paste0(col, "_lo95")]], pt$conf.int[1])
      same(paste(what, col, "upper"), h[[paste0(col, "_hi95")]], pt$conf.int[2])
    }
    if (sum(t0) > 0 && sum(t1) > 0 && sum(a) + sum(b) > 0) {
      pt <- poisson.test(c(sum(a), sum(b)), c(sum(t1), sum(t0)))
      same(paste(what, "rate_ratio"), h$rate_ratio, unname(pt$estimate))
      same(paste(what, "rate_ratio lower"), h$rate_ratio_lo95, pt$conf.int[1])
      same(paste(what, "rate_ratio upper"), h$rate_ratio_hi95, pt$conf.int[2])
      near(paste(what, "p"), h$p, pt$p.value)
    } else {
      same(paste(what, "rate_ratio"), h$rate_ratio, NA)
    }
    k <- t1 > 0 & t0 > 0                                     # periods with days on both sides
    a <- a[k]; b <- b[k]; t1 <- t1[k]; t0 <- t0[k]; tt <- t1 + t0; m <- a + b
    num <- sum(a * t0 / tt); den <- sum(b * t1 / tt); v <- sum(m * t1 * t0 / tt^2)
    if (v == 0) { same(paste(what, "rate_ratio_mh"), h$rate_ratio_mh, NA); next }
    rr <- num / den
    if (num > 0 && den > 0) {
      se <- sqrt(v / (num * den))
      same(paste(what, "rate_ratio_mh"), h$rate_ratio_mh, rr)
      same(paste(what, "rate_ratio_mh lower"), h$rate_ratio_mh_lo95, rr * exp(-qnorm(0.975) * se))
      same(paste(what, "rate_ratio_mh upper"), h$rate_ratio_mh_hi95, rr * exp(qnorm(0.975) * se))
    } else {   # no breakdowns on one side: 0 or Inf, not bounded
      checked <- checked + 1
      if (!isTRUE(h$rate_ratio_mh == rr && h$rate_ratio_mh_lo95 == 0 && is.infinite(h$rate_ratio_mh_hi95))) {
        failures <- failures + 1
        cat(sprintf("DIFFERENT %s rate_ratio_mh: truce %s [%s, %s], R %s [0, Inf]\n", what, h$rate_ratio_mh,
                    h$rate_ratio_mh_lo95, h$rate_ratio_mh_hi95, rr))
      }
    }
    informative <- m > 0
    d <- data.frame(y = c(a, b)[c(informative, informative)], exposed = rep(1:0, each = sum(informative)),
                    period = factor(rep(which(informative), 2)), time = c(t1, t0)[c(informative, informative)])
    rates <- if (sum(informative) > 1) y ~ period + offset(log(time)) else y ~ offset(log(time))   # one period: one rate
    null <- glm(rates, family = poisson, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
    full <- suppressWarnings(update(null, . ~ . + exposed))   # diverges when one side has no breakdowns; only its design is used
    score <- anova(null, full, test = "Rao")$Rao[2]
    near(paste(what, "p_mh (glm score test)"), h$p_mh, pchisq(score, 1, lower.tail = FALSE))
    near(paste(what, "p_mh (Mantel-Haenszel chi-square)"), h$p_mh,
         pchisq((sum(a) - sum(m * t1 / tt))^2 / v, 1, lower.tail = FALSE))
  }
  cat(sprintf("hazard.csv: %d values checked, %d different\n", checked - before[1], failures - before[2]))
}
cat(sprintf("R oracle (survival %s): %d values checked, %d different\n", packageVersion("survival"),
            checked, failures))
quit(status = if (failures > 0) 1 else 0)
