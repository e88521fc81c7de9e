#!/bin/sh
# Runs the nightly job once on tonight's delivery, for cron and for ssda903-nightly.service.
# Settings come from the environment file (see README.md); database credentials never appear on a command line.
#
# Quiet when all is well: nothing is printed when the run completes or the extract was already processed, so cron
# mails and the journal shows something only when someone must act. Otherwise it prints one short paragraph: what
# failed, the exit code and the command to run next. The job's own output is kept in $SSDA903_HOME/logs/.
#
# Exit status: 0 when there is nothing to alert on (completed, already processed, nothing delivered yet);
# otherwise the job's own exit code, so cron mails the paragraph and systemd marks the unit failed.
set -u

ENV_FILE=${SSDA903_ENV_FILE:-/etc/ssda903/ssda903.env}
if [ -r "$ENV_FILE" ]; then
	set -a
	. "$ENV_FILE"
	set +a
fi

: "${SSDA903_HOME:=/var/lib/ssda903}"
export SSDA903_HOME
: "${SSDA903_JAR:=/opt/ssda903/ssda903-batch.jar}"
: "${SSDA903_INBOUND:=/srv/ssda903/inbound}"
: "${SSDA903_MARKER:=READY}"
: "${SSDA903_LA:?set SSDA903_LA, the council ONS code, in $ENV_FILE}"
: "${SSDA903_YEAR:?set SSDA903_YEAR, the year the collection ends, in $ENV_FILE}"
# tonight's delivery: a dated sub-folder, unless the environment names one
EXTRACT=${SSDA903_EXTRACT:-$SSDA903_INBOUND/$(date +%F)}
AGAIN="run $0 again"

if [ ! -e "$EXTRACT/$SSDA903_MARKER" ]; then
	echo "ssda903: no run tonight for $SSDA903_LA $SSDA903_YEAR: $EXTRACT has no $SSDA903_MARKER marker (the extract is" \
		"late or still being written; exit code 0). Next: once the delivery is complete, $AGAIN." >&2
	exit 0
fi

# the job's output, owner-only like everything else in the home; a month of nights is kept
umask 077
LOGS=$SSDA903_HOME/logs
mkdir -p "$LOGS"
find "$LOGS" -name 'nightly-*.log' -mtime +31 -exec rm -f {} + 2>/dev/null
LOG=$LOGS/nightly-$(date +%F).log

# --strict: a return with error-severity issues gets its own code (7) so it is not submitted unnoticed
set -- run --strict --extract "$EXTRACT" --year "$SSDA903_YEAR" --la "$SSDA903_LA"
if [ -n "${SSDA903_OUT:-}" ]; then
	set -- "$@" --out "$SSDA903_OUT"
fi
# shellcheck disable=SC2086 # SSDA903_RUN_OPTIONS is a list of options
# appended: a second start the same night (a retry) keeps the first one's output
java -jar "$SSDA903_JAR" "$@" ${SSDA903_RUN_OPTIONS:-} >>"$LOG" 2>&1
code=$?

# the execution the job reported last, for the command to run next
execution=$(sed -n 's/^Run [0-9]* (execution \([0-9]*\)).*/\1/p' "$LOG" | tail -n 1)
JOB="java -jar $SSDA903_JAR"

case $code in
	0|4) exit 0 ;;
	3) what="the extract in $EXTRACT cannot be read"
		next="ask for a corrected extract (a corrected extract is a new run), then $AGAIN" ;;
	5) what="the run failed and can be restarted"
		next="fix the cause named in the log, then $AGAIN (it resumes the run where it stopped)" ;;
	6) what="another run for $SSDA903_LA $SSDA903_YEAR holds the run lock"
		next="nothing if it finishes; a killed run's lock expires after two minutes, then $AGAIN" ;;
	7) what="the run completed, but the return has error-severity validation issues"
		next="send the data team the correction list: $JOB rejects ${execution:-ID}" ;;
	2) what="the job's command line is wrong"
		next="check SSDA903_RUN_OPTIONS in $ENV_FILE against $JOB run --help" ;;
	*) what="the job stopped with an internal error"
		next="read the log and report it; once fixed, $AGAIN" ;;
esac
echo "ssda903: the nightly run for $SSDA903_LA $SSDA903_YEAR needs attention: $what (exit code $code; log: $LOG)." \
	"Next: $next." >&2
exit $code
