using Enforcement.Api.Localization;

namespace Enforcement.Api.Reports.Figures;

/// <summary>Labels of a report's codes in the request's language; a code without a text shows as itself.</summary>
internal static class ReportLabels
{
    /// <summary>The key of a breakdown row whose code is missing (a record without ward, team or platform).</summary>
    public const string None = "";

    public static string Goods(string code) => Or("goods." + code, code);
    public static string Channel(bool online) => Text.Get(online ? "report.channel.online" : "report.channel.offline");
    public static string ComplaintChannel(string code) => Or("report.complaintChannel." + code, code);
    public static string ComplaintCategory(string code) => Or("category." + code, code);
    public static string Platform(string code) => code == None ? Text.Get("report.unknown") : Or("platform." + code, code);
    public static string Unknown => Text.Get("report.unknown");

    private static string Or(string key, string code)
    {
        var text = Text.Get(key);
        return text == key ? code : text;
    }
}
