#!/usr/bin/env bash
# Sourced by the scripts that run R (r-oracle.sh, r-snippet.sh): installs R with the survival
# package from Debian (r-base-core, r-cran-survival) if Rscript cannot load survival.
if ! Rscript -e 'library(survival)' >/dev/null 2>&1; then
  echo "installing R and its survival package (apt)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends r-base-core r-cran-survival >/dev/null
fi
