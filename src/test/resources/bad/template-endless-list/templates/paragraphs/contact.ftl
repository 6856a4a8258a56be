<p>
  If you have any queries, please contact us.
  <#list 1.. as i></#list>
</p>
