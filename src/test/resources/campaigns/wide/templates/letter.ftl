<#--
  The whole letter, block by block, top to bottom. Each element is one block of the house style:
    strapline, address, sender          the letterhead on page 1
    recipient, copied-to, date          the addressee's block
    salutation, subject                 "Dear Chief Constable" and the bold subject line
    p, quote                            body paragraphs and the indented quotation
    closing, signature, signatory       "Yours sincerely", the signature image, name and titles
  On <letter>: title, author and subject go into the PDF's metadata (its language is the campaign's
  document.language); draft-mark, when present, is written large across every page.
  Inside a block: <i>italic</i>, <b>bold</b>, <br/> for a new line. Whitespace is folded, so lay
  the template out as you like. Values printed with ${...} are always printed literally.
-->
<#import "lib/language.ftl" as lang>
<#assign facts = campaign.facts>
<#-- A letter without sign-off is a draft: its title says so and every page carries the mark. -->
<letter title="<#if !record.signed_off>${facts.draft_mark} – </#if>${facts.subject} – ${record.force}"
        <#if !record.signed_off>draft-mark="${facts.draft_mark}"</#if>
        author="${lang.fullName(signatory)}, ${facts.inspectorate}"
        subject="${facts.subject}">
<#include "letterhead.ftl">
<#include "recipient.ftl">
<date>${campaign.letter_date?string("d MMMM yyyy")}</date>
<salutation>${facts.salutation}</salutation>
<subject>${facts.subject}</subject>
<#include "paragraphs/background.ftl">
<#include "paragraphs/concern.ftl">
<#include "paragraphs/recommendation.ftl">
<#include "paragraphs/review.ftl">
<#include "paragraphs/assessment.ftl">
<#include "paragraphs/publication.ftl">
<#include "paragraphs/contact.ftl">
<#include "sign-off.ftl">
</letter>
