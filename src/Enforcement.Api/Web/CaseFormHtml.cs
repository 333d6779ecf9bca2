using System.Text.Encodings.Web;
using Enforcement.Api.Cases.Detail;
using Microsoft.AspNetCore.Html;

namespace Enforcement.Api.Web;

/// <summary>Inputs for a task's form fields, by type, posted as field.{name}.</summary>
internal static class CaseFormHtml
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Field(FieldView f, string formId, string? error, string? value = null)
    {
        var id = Enc.Encode($"{formId}-{f.Name}");
        var name = Enc.Encode("field." + f.Name);
        var label = Enc.Encode(f.Label) + (f.Required ? " *" : "");
        var invalid = error is null ? "" : " aria-invalid=\"true\"";
        var html = new HtmlContentBuilder();
        switch (f.Type)
        {
            case "boolean":
                html.AppendHtml($"<label class=\"check\"><input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{invalid} /> {label}</label>");
                break;
            case "choice":
                html.AppendHtml($"<label for=\"{id}\">{label}</label><select id=\"{id}\" name=\"{name}\"{invalid}><option value=\"\">—</option>");
                foreach (var o in f.Choices) html.AppendHtml($"<option value=\"{Enc.Encode(o.Value)}\"{(o.Value == value ? " selected" : "")}>{Enc.Encode(o.Label)}</option>");
                html.AppendHtml("</select>");
                break;
            default:
                var type = f.Type switch { "date" => "date", _ => "text" };
                var mode = f.Type == "number" ? " inputmode=\"numeric\"" : "";
                html.AppendHtml($"<label for=\"{id}\">{label}</label><input type=\"{type}\" id=\"{id}\" name=\"{name}\"{mode} maxlength=\"4000\" value=\"{Enc.Encode(value ?? "")}\"{invalid} />");
                break;
        }
        if (error is not null) html.AppendHtml($"<span class=\"field-error\" role=\"alert\">{Enc.Encode(error)}</span>");
        return html;
    }
}
