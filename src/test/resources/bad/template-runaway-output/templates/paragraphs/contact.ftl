<p>
  <#list 1..100000000 as i>
  If you have any queries, please contact us.
  </#list>
</p>
