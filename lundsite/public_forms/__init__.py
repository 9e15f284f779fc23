"""The one way the site takes what a person submits.

Every public form (an idea, a volunteer's interest, a posted assignment, page feedback and
those to come) is a `PublicForm`, handled by `take_submission`:

    limit → honeypot → validate → save and queue its mails in one transaction → receipt

The rate limit has one rule everywhere: only a submission that passed every check and is
being stored counts against the sender's address (counted atomically just before it is
saved). Mistakes are free, so a person who mistypes is never locked out, and a robot caught
by the honeypot is thanked without being counted or stored.
"""

from lundsite.public_forms.empty import EmptyForm
from lundsite.public_forms.flow import Responses, take_submission
from lundsite.public_forms.forms import PublicForm
from lundsite.public_forms.limits import SubmissionLimit

__all__ = ["EmptyForm", "PublicForm", "Responses", "SubmissionLimit", "take_submission"]
