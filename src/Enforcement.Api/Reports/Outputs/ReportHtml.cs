using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Api.Reports.Figures;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>
/// The report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP): issuing body and national title side by
/// side, number and symbol, place and date, title, numbered sections, recipients and the signature block.
/// The report page shows this HTML and the PDF prints it, so both read the same. Styles: wwwroot/css/report.css.
/// </summary>
internal sealed class ReportHtml(IOptions<ReportDocumentOptions> options)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The document as an &lt;article&gt;, with the charts inline.</summary>
    public string Render(ReportFigures f)
    {
        var o = options.Value;
        var tables = ReportTables.Build(f).ToDictionary(t => t.Key);
        var h = new StringBuilder(32_768);
        h.Append("<article class=\"report-doc\" lang=\"vi\" id=\"report-document\">");
        h.Append("<table class=\"doc-head\" role=\"presentation\"><tr><td class=\"issuer\">")
            .Append("<div>").Append(E(o.IssuingBody)).Append("</div><div class=\"agency\">").Append(E(o.Agency)).Append("</div><hr />")
            .Append("<div class=\"number\">Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/").Append(E(o.NumberSymbol)).Append("</div></td>")
            .Append("<td class=\"nation\"><div class=\"national-title\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
            .Append("<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div><hr />")
            .Append("<div class=\"place-date\">").Append(E(ReportText.PlaceAndDate(o.Place, f.GeneratedAt))).Append("</div></td></tr></table>");
        h.Append("<h1 class=\"doc-title\">BÁO CÁO<span>Kết quả công tác kiểm tra, xử lý vi phạm ")
            .Append(E(ReportText.PeriodName(f.Kind, f.Period))).Append("</span></h1>");
        h.Append("<p class=\"doc-period\">(Số liệu từ ngày ").Append(ReportText.Date(f.From)).Append(" đến ngày ").Append(ReportText.Date(f.To)).Append(")</p>");

        var v = f.Violations;
        h.Append("<section><h2>I. TÌNH HÌNH VI PHẠM VÀ KẾT QUẢ KIỂM TRA, XỬ LÝ</h2>");
        P(h, $"Trong kỳ, lực lượng quản lý thị trường đã lập {ReportText.Number(v.Records)} biên bản vi phạm hành chính, trong đó " +
             $"{ReportText.Number(ReportTables.TargetedRecords(v))} vụ về hàng giả, hàng nhập lậu; ban hành {ReportText.Number(v.PenaltyDecisions)} quyết định xử phạt " +
             $"với tổng số tiền phạt {ReportText.Number(v.FinesImposedVnd)} đồng, đã thu {ReportText.Number(v.FinesCollectedVnd)} đồng; " +
             $"trị giá hàng hóa vi phạm {ReportText.Number(v.GoodsValueVnd)} đồng.");
        Table(h, "1. Tổng hợp, so sánh với kỳ trước và cùng kỳ năm trước", tables[ReportTables.Summary]);
        Table(h, "2. Theo loại hàng", tables[ReportTables.Category]);
        Chart(h, ReportCharts.Categories(v.ByCategory), "Biểu đồ số vụ vi phạm theo loại hàng", "chart-categories");
        Table(h, "3. Theo địa bàn xã, phường", tables[ReportTables.Ward]);
        Table(h, "4. Theo hình thức kinh doanh", tables[ReportTables.Channel]);
        Table(h, "5. Theo sàn thương mại điện tử, mạng xã hội", tables[ReportTables.Platform]);
        Table(h, "6. Theo đội quản lý thị trường", tables[ReportTables.Team]);
        h.Append("</section>");

        var c = f.Complaints;
        h.Append("<section><h2>II. TIẾP NHẬN, GIẢI QUYẾT PHẢN ÁNH</h2>");
        P(h, $"Tiếp nhận {ReportText.Number(c.Received)} phản ánh; đã giải quyết {ReportText.Number(c.Resolved)}, trong đó {ReportText.Number(c.ResolvedOnTime)} " +
             $"đúng thời hạn (tỷ lệ {ReportText.Percent(c.ResolvedOnTimePercent)}); từ chối {ReportText.Number(c.Rejected)}.");
        Table(h, "1. Kết quả tiếp nhận, giải quyết", tables[ReportTables.Complaints]);
        Table(h, "2. Theo kênh tiếp nhận", tables[ReportTables.ComplaintChannels]);
        Table(h, "3. Theo lĩnh vực", tables[ReportTables.ComplaintCategories]);
        Table(h, "4. Lý do từ chối", tables[ReportTables.Rejections]);
        h.Append("</section>");

        h.Append("<section><h2>III. PHỐI HỢP, CHUYỂN HỒ SƠ</h2>");
        Table(h, null, tables[ReportTables.Handoffs]);
        h.Append("</section>");

        var t = f.Target;
        h.Append("<section id=\"target\"><h2>IV. CHỈ TIÊU GIẢM TỪ 10% TRỞ LÊN SỐ VỤ VI PHẠM VỀ HÀNG GIẢ, HÀNG NHẬP LẬU</h2>");
        h.Append("<p class=\"target-status ").Append(t.Status == TargetSection.OnTrack ? "on-track" : "off-track").Append("\"><strong>Tình trạng: ")
            .Append(E(ReportText.TargetStatus(t.Status))).Append(".</strong> ").Append(E(t.Explanation)).Append("</p>");
        Table(h, null, tables[ReportTables.Target]);
        Chart(h, ReportCharts.Trend(f.Trend), "Biểu đồ xu hướng 24 tháng với đường mục tiêu", "chart-trend");
        h.Append("</section>");

        h.Append("<table class=\"doc-foot\" role=\"presentation\"><tr><td class=\"recipients\"><div class=\"label\">Nơi nhận:</div><ul>");
        foreach (var r in o.Recipients) h.Append("<li>- ").Append(E(r)).Append("</li>");
        h.Append("</ul></td><td class=\"signature\"><div class=\"signer-title\">").Append(E(o.SignerTitle)).Append("</div>")
            .Append("<div class=\"sign-space\"></div><div class=\"signer\">").Append(E(o.Signer)).Append("</div></td></tr></table>");
        return h.Append("</article>").ToString();
    }

    private static string E(string text) => Encoder.Encode(text);

    private static void P(StringBuilder h, string text) => h.Append("<p>").Append(E(text)).Append("</p>");

    private static void Chart(StringBuilder h, string svg, string alt, string id) => h.Append(ChartImage(svg, alt, id));

    /// <summary>An SVG chart as a data: image, which the pages' CSP allows (img-src data:) and the PDF needs no request for.</summary>
    public static string ChartImage(string svg, string alt, string id) =>
        $"<figure class=\"chart\" id=\"{id}\"><img alt=\"{E(alt)}\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\" /></figure>";

    private static void Table(StringBuilder h, string? caption, ReportTable table)
    {
        if (caption is not null) h.Append("<h3>").Append(E(caption)).Append("</h3>");
        h.Append("<table class=\"doc-table\" data-table=\"").Append(table.Key).Append("\"><thead><tr>");
        foreach (var head in table.Headers) h.Append("<th scope=\"col\">").Append(E(head)).Append("</th>");
        h.Append("</tr></thead><tbody>");
        if (table.Rows.Count == 0) h.Append("<tr><td colspan=\"").Append(table.Headers.Count).Append("\">Không có số liệu.</td></tr>");
        foreach (var row in table.Rows)
        {
            h.Append("<tr>");
            foreach (var cell in row)
                h.Append(cell is string ? "<td>" : "<td class=\"num\">").Append(E(Cell(cell))).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
    }

    private static string Cell(object? cell) => cell switch
    {
        null => "—",
        string s => s,
        int i => ReportText.Number(i),
        long l => ReportText.Number(l),
        double d => ReportText.Percent(d).TrimEnd('%'),
        _ => cell.ToString() ?? "",
    };
}
