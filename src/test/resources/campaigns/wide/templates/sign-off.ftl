<#-- The close: the signature image goes where <signature/> stands when the letter is signed off. -->
<closing>Yours sincerely</closing>
<signature/>
<signatory>${lang.fullName(signatory)}<#list signatory.titles as title><br/>${title}</#list></signatory>
