using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Benchmarks.Capture;

/// <summary>
/// A Vietnamese marketplace listing on 127.0.0.1:0: about 100 KB of HTML, JSON-LD Product/Offer in VND,
/// a gallery and related products (PNG images from the same site, the related ones lazy), and reviews
/// that a script fetches when the reader scrolls near the bottom (the page grows twice).
/// </summary>
internal sealed class ListingSite : IAsyncDisposable
{
    public const string Path = "/san-pham/noi-com-dien-sunhouse-shd8955-i.2841.99120";
    private WebApplication? _app;
    private readonly byte[] _html = Encoding.UTF8.GetBytes(Page());
    private readonly byte[][] _images = [.. Enumerable.Range(0, 8).Select(i => Png(480, 480, i))];

    public string BaseUrl { get; private set; } = "";
    public int Port => new Uri(BaseUrl).Port;
    public int HtmlBytes => _html.Length;
    public long ImageBytes => _images.Sum(i => (long)i.Length);
    public Uri Url => new(BaseUrl + Path);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet(Path, () => Results.Bytes(_html, "text/html; charset=utf-8"));
        _app.MapGet("/img/{n:int}.png", (int n) => Results.Bytes(_images[Math.Abs(n) % _images.Length], "image/png"));
        _app.MapGet("/api/reviews", (int page) => Results.Json(Reviews(page)));
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
    }

    private static readonly string[] Names = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Đức Anh", "Vũ Thị Mai", "Đặng Quốc Bảo", "Bùi Ngọc Ánh"];

    private static readonly string[] Comments =
    [
        "Nồi nấu cơm rất ngon, hạt cơm tơi và dẻo. Giao hàng nhanh, đóng gói cẩn thận, shop tư vấn nhiệt tình. Sẽ ủng hộ shop lần sau.",
        "Hàng đúng mô tả, có tem chính hãng và phiếu bảo hành 12 tháng. Lòng nồi chống dính tốt, dễ vệ sinh. Giá hợp lý so với ngoài siêu thị.",
        "Mình mua tặng mẹ, mẹ rất thích. Chức năng nấu cháo và hầm xương dùng ổn. Tuy nhiên dây điện hơi ngắn, trừ một sao.",
        "Sản phẩm tốt trong tầm giá. Shipper thân thiện. Hộp hơi móp một góc nhưng nồi bên trong không sao cả.",
        "Đã dùng được hai tuần, nấu 1,8 lít đủ cho gia đình năm người. Nút bấm cảm ứng nhạy, hẹn giờ tiện lợi buổi sáng.",
    ];

    private static object Reviews(int page) => new
    {
        page,
        items = Enumerable.Range(0, page is >= 2 and <= 3 ? 10 : 0).Select(i => new
        {
            author = Names[(page * 10 + i) % Names.Length],
            stars = 5 - (i % 3 == 2 ? 1 : 0),
            text = Comments[(page + i) % Comments.Length],
            date = new DateOnly(2026, 10, 1).AddDays(page * 10 + i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }).ToArray(),
    };

    private static string Page()
    {
        var sb = new StringBuilder(140_000);
        sb.Append("""
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Nồi cơm điện Sunhouse SHD8955 1,8 lít chính hãng | Chợ Tốt Điện Máy</title>
            <meta name="description" content="Nồi cơm điện Sunhouse SHD8955 1,8 lít, lòng nồi chống dính, bảo hành 12 tháng. Giá 1.250.000 ₫, giao nhanh toàn quốc.">
            <meta property="og:title" content="Nồi cơm điện Sunhouse SHD8955 1,8 lít">
            <meta property="og:type" content="product">
            <meta property="og:image" content="/img/0.png">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"Product","name":"Nồi cơm điện Sunhouse SHD8955 1,8 lít",
             "sku":"SHD8955","image":["/img/0.png","/img/1.png","/img/2.png"],
             "brand":{"@type":"Brand","name":"Sunhouse"},
             "aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"1268"},
             "offers":{"@type":"Offer","price":"1250000","priceCurrency":"VND","availability":"https://schema.org/InStock",
               "seller":{"@type":"Organization","name":"Cửa hàng Điện Máy Hà Nội","url":"https://shop.example.vn/dien-may-ha-noi"}}}
            </script>
            <style>
            *{box-sizing:border-box} body{margin:0;font-family:"Segoe UI",Roboto,Arial,sans-serif;background:#f5f5f5;color:#222}
            header{background:#ee4d2d;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}
            header input{flex:1;padding:8px;border:0;border-radius:2px} nav a{color:#fff;margin-right:12px;text-decoration:none}
            .wrap{max-width:1200px;margin:16px auto;background:#fff;padding:20px} .crumbs{font-size:13px;color:#555;margin:8px auto;max-width:1200px}
            .top{display:grid;grid-template-columns:480px 1fr;gap:28px} .gallery img{width:480px;height:480px;display:block}
            .thumbs{display:flex;gap:8px;margin-top:8px} .thumbs img{width:72px;height:72px;border:1px solid #ddd}
            .price{font-size:30px;color:#ee4d2d;background:#fafafa;padding:14px} .old{text-decoration:line-through;color:#999;font-size:16px;margin-right:10px}
            .btn{display:inline-block;padding:12px 22px;margin-right:10px;border:1px solid #ee4d2d;color:#ee4d2d;background:#fff5f1}
            .btn.buy{background:#ee4d2d;color:#fff} table.spec{border-collapse:collapse;width:100%} table.spec td{padding:8px;border-bottom:1px solid #eee}
            .review{border-bottom:1px solid #eee;padding:12px 0} .stars{color:#ee4d2d} .grid{display:grid;grid-template-columns:repeat(6,1fr);gap:10px}
            .card{border:1px solid #eee;padding:6px;font-size:13px} .card img{width:100%;aspect-ratio:1;display:block} .card .p{color:#ee4d2d}
            footer{background:#fbfbfb;border-top:4px solid #ee4d2d;padding:30px;font-size:13px;color:#666;columns:4}
            </style></head>
            <body>
            <header><strong style="font-size:22px">Chợ Tốt Điện Máy</strong><input placeholder="Tìm sản phẩm, thương hiệu và tên shop"><nav><a href="#">Kênh người bán</a><a href="#">Tải ứng dụng</a><a href="#">Thông báo</a><a href="#">Hỗ trợ</a><a href="#">Đăng nhập</a></nav></header>
            <div class="crumbs">Trang chủ › Đồ gia dụng nhà bếp › Nồi cơm điện › Sunhouse › Nồi cơm điện Sunhouse SHD8955 1,8 lít</div>
            <main class="wrap">
            <section class="top"><div class="gallery"><img src="/img/0.png" alt="Nồi cơm điện Sunhouse SHD8955"><div class="thumbs">
            """);
        for (var i = 0; i < 5; i++) sb.Append(CultureInfo.InvariantCulture, $"<img src=\"/img/{i}.png\" alt=\"Ảnh {i + 1}\">");
        sb.Append("""
            </div></div><div>
            <h1>Nồi cơm điện Sunhouse SHD8955 1,8 lít chính hãng, lòng nồi chống dính, bảo hành 12 tháng</h1>
            <p><span class="stars">★★★★★ 4.8</span> | 1.268 đánh giá | 5,2k đã bán</p>
            <p class="price"><span class="old">1.590.000 ₫</span>1.250.000 ₫ <small>-21%</small></p>
            <p>Mã giảm giá của shop: <b>Giảm 20k</b> <b>Giảm 50k</b> · Vận chuyển: miễn phí vận chuyển cho đơn từ 300.000 ₫ · Giao đến Quận Hoàn Kiếm, Hà Nội</p>
            <p>Màu sắc: <b>Trắng</b> <b>Đỏ</b> <b>Đen</b> · Số lượng: 1 (còn 342 sản phẩm)</p>
            <p><span class="btn">Thêm vào giỏ hàng</span><span class="btn buy">Mua ngay</span></p>
            <p>Người bán: <a href="https://shop.example.vn/dien-may-ha-noi">Cửa hàng Điện Máy Hà Nội</a> · Đánh giá 4.9 · Tỉ lệ phản hồi 98% · Tham gia 6 năm trước</p>
            </div></section>
            <h2>Chi tiết sản phẩm</h2><table class="spec">
            """);
        string[][] spec = [["Thương hiệu", "Sunhouse"], ["Xuất xứ", "Việt Nam"], ["Dung tích", "1,8 lít"], ["Công suất", "700 W"], ["Điện áp", "220 V / 50 Hz"],
            ["Chất liệu lòng nồi", "Hợp kim nhôm phủ chống dính 5 lớp"], ["Chức năng", "Nấu cơm, nấu cháo, hầm, hấp, giữ ấm 24 giờ"], ["Bảo hành", "12 tháng chính hãng"], ["Kho", "Hà Nội"], ["Gửi từ", "Quận Hoàng Mai, Hà Nội"]];
        foreach (var row in spec) sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{row[0]}</td><td>{row[1]}</td></tr>");
        sb.Append("</table><h2>Mô tả sản phẩm</h2>");
        for (var i = 0; i < 6; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<p>{i + 1}. {Comments[i % Comments.Length]} Nồi cơm điện Sunhouse SHD8955 sử dụng công nghệ nấu 3D, nhiệt được tỏa đều từ đáy, thân và nắp nồi giúp cơm chín đều, không bị khê hay sống. Lòng nồi dày 2 mm, phủ lớp chống dính an toàn cho sức khỏe, không chứa PFOA. Van thoát hơi có thể tháo rời để vệ sinh.</p>");
        sb.Append("<h2>Đánh giá sản phẩm</h2><div id=\"reviews\">");
        for (var i = 0; i < 12; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"review\"><b>{Names[i % Names.Length]}</b> <span class=\"stars\">{new string('★', 5 - i % 2)}</span> <small>{new DateOnly(2026, 9, 1).AddDays(i):dd/MM/yyyy} | Phân loại: Trắng</small><p>{Comments[i % Comments.Length]} {Comments[(i + 2) % Comments.Length]}</p></div>");
        sb.Append("""
            </div><p id="more" style="text-align:center;color:#888">Đang tải thêm đánh giá…</p>
            <h2>Sản phẩm tương tự</h2><div class="grid">
            """);
        for (var i = 0; i < 24; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><img loading=\"lazy\" src=\"/img/{i % 8}.png?r={i}\" alt=\"Sản phẩm {i}\"><div>Nồi cơm điện mẫu {i + 1} dung tích {1 + i % 3},{i % 10} lít chống dính</div><div class=\"p\">{(590 + i * 37) * 1000:N0} ₫</div><small>Đã bán {i * 13 + 5}</small></div>");
        sb.Append("""
            </div></main>
            <footer><p>Chăm sóc khách hàng</p><p>Trung tâm trợ giúp</p><p>Hướng dẫn mua hàng</p><p>Thanh toán</p><p>Vận chuyển</p><p>Trả hàng và hoàn tiền</p><p>Chính sách bảo hành</p><p>Về chúng tôi</p><p>Điều khoản</p><p>Chính sách bảo mật</p><p>Công ty TNHH Chợ Tốt Điện Máy, Tầng 4-5-6, Tòa nhà Capital Place, số 29 đường Liễu Giai, Phường Ngọc Khánh, Quận Ba Đình, Thành phố Hà Nội. Mã số doanh nghiệp: 0106773786.</p></footer>

            """);
        sb.Append("<script>window.__INITIAL_STATE__ = ").Append(State()).Append(";</script>\n");
        sb.Append("""
            <script>
            let next = 2;
            const more = document.getElementById('more');
            new IntersectionObserver(async entries => {
              if (!entries.some(e => e.isIntersecting) || next > 3) return;
              const page = next++;
              const data = await (await fetch('/api/reviews?page=' + page)).json();
              for (const r of data.items) {
                const d = document.createElement('div'); d.className = 'review';
                d.innerHTML = '<b></b> <span class="stars"></span> <small></small><p></p>';
                d.querySelector('b').textContent = r.author; d.querySelector('.stars').textContent = '★'.repeat(r.stars);
                d.querySelector('small').textContent = r.date; d.querySelector('p').textContent = r.text;
                document.getElementById('reviews').append(d);
              }
              if (next > 3) more.textContent = 'Đã hiển thị tất cả đánh giá';
            }, { rootMargin: '200px' }).observe(more);
            </script>
            </body></html>
            """);
        return sb.ToString();
    }

    /// <summary>The hydration state marketplaces inline (item models, shop, related items): most of the HTML's bytes, none of its height.</summary>
    private static string State() => System.Text.Json.JsonSerializer.Serialize(new
    {
        item = new { itemid = 99120, shopid = 2841, name = "Nồi cơm điện Sunhouse SHD8955 1,8 lít", price = 1_250_000, price_before_discount = 1_590_000, currency = "VND", stock = 342, sold = 5200 },
        models = Enumerable.Range(0, 12).Select(i => new { modelid = 7000 + i, name = $"{(i % 3 == 0 ? "Trắng" : i % 3 == 1 ? "Đỏ" : "Đen")} - {(i / 3) + 1} lít", price = 1_250_000 + i * 10_000, stock = 30 + i }),
        shop = new { name = "Cửa hàng Điện Máy Hà Nội", location = "Hà Nội", rating = 4.9, followers = 18_234, response_rate = 98 },
        related = Enumerable.Range(0, 220).Select(i => new
        {
            itemid = 100_000 + i, name = $"Nồi cơm điện mẫu {i + 1} dung tích {1 + i % 3},{i % 10} lít, lòng chống dính, hàng chính hãng",
            price = (590 + i * 37) * 1000, sold = i * 13 + 5, location = i % 2 == 0 ? "TP. Hồ Chí Minh" : "Hà Nội", image = $"/img/{i % 8}.png",
            rating = new[] { 4.5, 4.7, 4.9 }[i % 3], tags = new[] { "Yêu thích", "Freeship Xtra", "Hoàn xu" },
        }),
    }, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Coloured tiles as a real PNG, a few KB at 480×480.</summary>
    private static byte[] Png(int width, int height, int seed)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            for (var y = 0; y < height; y++)
            {
                row[0] = 0;
                for (var x = 0; x < width; x++)
                {
                    var (bx, by) = (x / 24, y / 24);   // flat 24-pixel tiles: compresses like a product photo's JPEG
                    row[1 + x * 3] = (byte)(bx * 255 / (width / 24));
                    row[2 + x * 3] = (byte)(by * 255 / (height / 24) ^ seed * 29);
                    row[3 + x * 3] = (byte)((bx + by) % 2 == 0 ? 200 : 80 + seed * 15);
                }
                z.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; header[9] = 2;   // 8-bit RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        s.Write(four);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typed));
        s.Write(four);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
