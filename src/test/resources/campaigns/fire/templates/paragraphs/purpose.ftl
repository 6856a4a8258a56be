<p>
  Following ${facts.inspection}, we asked each service on ${facts.request} to tell us how it is
  protecting the people who live in high-rise residential buildings. Thank you for your service’s
  response. I am writing to give you our assessment of it.
</p>
