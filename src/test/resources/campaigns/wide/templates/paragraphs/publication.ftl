<p>
  This letter will be published on ${facts.website}, alongside a national overview report. We will
  be returning to your force to assess implementation of your plans during a subsequent
  inspection.
</p>
