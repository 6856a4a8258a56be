<p>
  If you have any queries, please contact ${facts.contact.name} at ${facts.contact.email}.
</p>
<#list 1..3000 as i>
  <p>Please contact us.</p>
</#list>
