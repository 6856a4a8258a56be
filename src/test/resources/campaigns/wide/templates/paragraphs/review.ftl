<p>
  Further to my letter dated ${facts.previous_letter} and your force’s subsequent document
  submission, we have reviewed your force’s plans to address our cause of concern. I am writing to
  inform you of our assessment of your force’s plans, which took place during
  ${facts.review_period}, and included a review of all documentation submitted by
  ${facts.documents_by}.
</p>
