<p>Contact ${campaign.facts.contact.nobody}.</p>
