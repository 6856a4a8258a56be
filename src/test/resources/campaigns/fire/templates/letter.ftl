<#-- A letter to a fire and rescue service, block by block. -->
<#import "lib/language.ftl" as lang>
<#assign facts = campaign.facts>
<letter title="<#if !record.signed_off>${facts.draft_mark} – </#if>${facts.subject} – ${record.service}"
        <#if !record.signed_off>draft-mark="${facts.draft_mark}"</#if>
        author="${lang.fullName(signatory)}, ${facts.inspectorate}"
        subject="${facts.subject}">
<address>
  <#list facts.letterhead.address as line>${line}<br/></#list>
  Telephone: ${facts.letterhead.phone}<br/>
  Email: ${sender.email}
</address>
<sender>${lang.fullName(sender)}<#list sender.titles as title><br/>${title}</#list></sender>
<#assign officer = record.chief_fire_officer>
<recipient>
  ${lang.fullName(officer)}<br/>
  ${campaign.fields.chief_fire_officer.label}<br/>
  ${record.service}<br/>
  ${record.sent_by}
</recipient>
<#if record.authority??>
<copied-to>Copied to: Chair of ${record.authority}</copied-to>
</#if>
<date>${campaign.letter_date?string("d MMMM yyyy")}</date>
<salutation>${facts.salutation}</salutation>
<subject>${facts.subject}</subject>
<#include "paragraphs/purpose.ftl">
<#include "paragraphs/assessment.ftl">
<#include "paragraphs/closing.ftl">
<closing>Yours sincerely</closing>
<signature/>
<signatory>${lang.fullName(signatory)}<#list signatory.titles as title><br/>${title}</#list></signatory>
</letter>
