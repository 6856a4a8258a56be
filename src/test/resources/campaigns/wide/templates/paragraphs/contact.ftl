<p>
  If you have any queries, please contact ${facts.contact.name} at ${facts.contact.email} or on
  ${facts.contact.phone}.
</p>
