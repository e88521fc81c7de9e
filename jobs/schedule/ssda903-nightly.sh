#!/bin/sh
# Runs the nightly job once on tonight's delivery, for cron and for ssda903-nightly.service.
# Settings come from the environment file (see README.md); database credentials never appear on a command line.
#
# Exit status: 0 when there is nothing to alert on (completed, already processed, nothing delivered yet);
# otherwise the job's own exit code, so cron mails the output and systemd marks the unit failed.
set -u

ENV_FILE=${SSDA903_ENV_FILE:-/etc/ssda903/ssda903.env}
if [ -r "$ENV_FILE" ]; then
	set -a
	. "$ENV_FILE"
	set +a
fi

: "${SSDA903_JAR:=/opt/ssda903/ssda903-batch.jar}"
: "${SSDA903_INBOUND:=/srv/ssda903/inbound}"
: "${SSDA903_OUT:=/var/lib/ssda903/out}"
: "${SSDA903_MARKER:=READY}"
: "${SSDA903_LA:?set SSDA903_LA, the council ONS code, in $ENV_FILE}"
: "${SSDA903_YEAR:?set SSDA903_YEAR, the year the collection ends, in $ENV_FILE}"
# tonight's delivery: a dated sub-folder, unless the environment names one
EXTRACT=${SSDA903_EXTRACT:-$SSDA903_INBOUND/$(date +%F)}

if [ ! -e "$EXTRACT/$SSDA903_MARKER" ]; then
	# the extract is late or still being written: a later timer or cron run will find it
	echo "ssda903: $EXTRACT has no $SSDA903_MARKER marker yet; nothing run" >&2
	exit 0
fi

# --strict: a return with error-severity issues gets its own code (7) so it is not submitted unnoticed
java -jar "$SSDA903_JAR" run --strict --extract "$EXTRACT" --year "$SSDA903_YEAR" --la "$SSDA903_LA" \
	--out "$SSDA903_OUT" ${SSDA903_RUN_OPTIONS:-}
code=$?

case $code in
	0|4) exit 0 ;;
	3) echo "ssda903: exit 3, the extract cannot be read: ask for a corrected extract" >&2 ;;
	5) echo "ssda903: exit 5, the run failed and can be restarted: fix the cause, then run this again" >&2 ;;
	6) echo "ssda903: exit 6, another run for $SSDA903_LA $SSDA903_YEAR is in progress" >&2 ;;
	7) echo "ssda903: exit 7, completed with validation errors: read validation/issues.csv" >&2 ;;
	*) echo "ssda903: exit $code, see the output above" >&2 ;;
esac
exit $code
