<p>
  We will publish this letter on ${facts.website}. If you would like to discuss it, please contact
  ${facts.contact.name} at ${facts.contact.email}.
</p>
