"""Admin view of sign-in lockouts (django-axes): who is locked out, and unlocking them.

Axes keeps one AccessAttempt row per user name, address and browser; a lockout is per user name
and address (AXES_LOCKOUT_PARAMETERS), so the list shows those pairs with their failures summed,
and unlocking deletes the pair's rows. Only failures inside the cool-off period count.
"""

import logging

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Q, Sum
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

UNLOCK_PERMISSION = "axes.delete_accessattempt"
LIST_LIMIT = 200


def may_unlock(user):
    return user.is_active and user.has_perm(UNLOCK_PERMISSION)


def current_attempts(now=None):
    """Failed sign-ins per (user name, address) still inside the cool-off period, newest first."""
    now = now or timezone.now()
    attempts = AccessAttempt.objects.all()
    if settings.AXES_COOLOFF_TIME:
        attempts = attempts.filter(attempt_time__gte=now - settings.AXES_COOLOFF_TIME)
    rows = (
        attempts.values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        .order_by("-last_attempt")[:LIST_LIMIT]
    )
    limit = settings.AXES_FAILURE_LIMIT
    for row in rows:
        row["locked"] = row["failures"] >= limit
        if row["locked"] and settings.AXES_COOLOFF_TIME:
            row["locked_until"] = row["last_attempt"] + settings.AXES_COOLOFF_TIME
        yield row


def lockout_index(request):
    if not may_unlock(request.user):
        raise PermissionDenied
    rows = list(current_attempts())
    return TemplateResponse(request, "portal/security/lockouts.html", {
        "rows": rows,
        "locked_count": sum(1 for row in rows if row["locked"]),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME
        else None,
    })


@require_POST
def unlock(request):
    """Forget a user name and address's failed sign-ins: they may sign in again at once."""
    if not may_unlock(request.user):
        raise PermissionDenied
    username = request.POST.get("username", "")
    address = request.POST.get("ip_address", "")
    # A sign-in without a user name is kept with none; the form sends it back as "".
    attempts = AccessAttempt.objects.filter(Q(username=username) | Q(username__isnull=True) if not username
                                            else Q(username=username))
    attempts = attempts.filter(ip_address=address) if address else attempts.filter(ip_address__isnull=True)
    deleted = attempts.count()
    if deleted:
        attempts.delete()
        logger.warning("Sign-in lockout of %r from %s lifted by %s", username, address or "?", request.user)
        messages.success(request, _("“%(username)s” from %(address)s may sign in again.") % {
            "username": username, "address": address or "?"})
    else:
        messages.warning(request, _("Nothing to unlock: these failed sign-ins have already expired."))
    return redirect("portal_lockouts")
