"""The knowledge base holds no personal data of residents (see ``core.retention``).

Some field names look personal to the system check in ``core.checks``; they are declared here
with the reason they are not. Feedback from contact-centre staff on answers is work
correspondence of staff accounts, which are out of the retention register's scope.
"""

from core.retention import declare_not_personal

declare_not_personal(
    "kcc_content.QuestionAnswer",
    ["phone_script", "email_text"],
    "texts the contact centre reads out or sends; written by editors, not about a person",
)
declare_not_personal(
    "kcc_content.UniformProductName",
    ["name"],
    "the name of a product in the national product list, not a person's name",
)
