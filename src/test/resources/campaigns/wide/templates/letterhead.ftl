<#-- Page 1's letterhead: strapline under the wordmark, the office's address, the sender. -->
<strapline>${facts.letterhead.strapline}</strapline>
<address>
  <#list facts.letterhead.address as line>${line}<br/></#list>
  Direct Line: ${facts.letterhead.phone}<br/>
  Fax: ${facts.letterhead.fax}<br/>
  Email: ${sender.email}
</address>
<sender>${lang.fullName(sender)}<#list sender.titles as title><br/>${title}</#list></sender>
