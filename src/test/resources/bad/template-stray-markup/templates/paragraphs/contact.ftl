<p>
  If you have <u>any</u> queries, please contact ${facts.contact.name}.
</p>
