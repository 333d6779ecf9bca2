using System.Text.Encodings.Web;
using Enforcement.Api.Cases.Tasks;
using Microsoft.AspNetCore.Html;

namespace Enforcement.Api.Web;

/// <summary>The file input of an outcome form (the scanned record, photos), posted as "files"; its error is the first of files[i].</summary>
internal static class TaskFileHtml
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Input(string formId, IReadOnlyDictionary<string, string[]>? errors)
    {
        var id = Enc.Encode($"{formId}-files");
        var error = errors?.Where(e => e.Key.StartsWith(CompleteTaskForm.FilesField, StringComparison.Ordinal)).SelectMany(e => e.Value).FirstOrDefault();
        var describedBy = error is null ? $"{id}-hint" : $"{id}-hint {id}-error";
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<label for=\"{id}\">{Enc.Encode(Localization.Text.Pick("Tài liệu kèm theo (biên bản, ảnh hiện trường)", "Files (record scan, photos)"))}</label>");
        html.AppendHtml($"<input type=\"file\" id=\"{id}\" name=\"{CompleteTaskForm.FilesField}\" multiple accept=\"image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf\" aria-describedby=\"{describedBy}\"{(error is null ? "" : " aria-invalid=\"true\"")} />");
        html.AppendHtml($"<small id=\"{id}-hint\" class=\"muted\">{Enc.Encode(Localization.Text.Pick("Ảnh JPEG, PNG, WebP, HEIC hoặc PDF; tối đa 10 tệp, mỗi tệp 10 MB.", "JPEG, PNG, WebP, HEIC images or PDF; up to 10 files of 10 MB each."))}</small>");
        if (error is not null) html.AppendHtml($"<span id=\"{id}-error\" class=\"field-error\" role=\"alert\">{Enc.Encode(error)}</span>");
        return html;
    }
}
