using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Evidence.Tests.Pages;

/// <summary>The pages: a Vietnamese listing, redirects, consent, errors, slow, download, SSRF probes, size and scroll traps.</summary>
public static class SitePages
{
    public const string ListingTitle = "Nồi cơm điện Sunhouse SHD8955 1,8 lít";
    public const long ListingPrice = 1_250_000;
    public const string ListingSeller = "Cửa hàng Điện Máy Hà Nội";
    public const string ListingShop = "https://shop.example.vn/dien-may-ha-noi";

    public static void Map(WebApplication app, Func<int> otherPort)
    {
        app.MapGet("/listing", () => TestSite.Html(Listing));
        app.MapGet("/img/{name}", () => Results.Bytes(TestSite.Png, "image/png"));
        app.MapGet("/r1", () => Results.Redirect("/r2"));
        app.MapGet("/r2", () => Results.Redirect("/r3", permanent: true));
        app.MapGet("/r3", () => TestSite.Html("<!doctype html><html lang=\"vi\"><body><h1>Trang đích</h1></body></html>"));
        app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        app.MapGet("/consent", () => TestSite.Html(Consent));
        app.MapGet("/missing", () => Results.Content("<h1>Không có</h1>", "text/html; charset=utf-8", Encoding.UTF8, 404));
        app.MapGet("/unavailable", () => Results.Content("<h1>Bảo trì</h1>", "text/html; charset=utf-8", Encoding.UTF8, 503));
        app.MapGet("/slow", async (HttpContext c) =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted); } catch (OperationCanceledException) { }
            return TestSite.Html("<p>chậm</p>");
        });
        app.MapGet("/download", () => Results.File(new byte[4096], "application/octet-stream", "hoa-don.bin"));
        app.MapGet("/metadata-probe", () => TestSite.Html("""
            <!doctype html><html lang="vi"><body><h1>Trang thăm dò</h1><img src="http://169.254.169.254/latest/meta-data/x.png">
            <script>fetch('http://169.254.169.254/latest/meta-data/').then(() => document.body.append('ĐỌC ĐƯỢC METADATA'), () => document.body.append('metadata bị chặn'));</script>
            </body></html>
            """));
        app.MapGet("/to-other", () => Results.Redirect($"http://127.0.0.1:{otherPort()}/secret"));
        app.MapGet("/img-hop", () => TestSite.Html("<!doctype html><html><body><p>Ảnh chuyển hướng</p><img src=\"/hop\"></body></html>"));
        app.MapGet("/hop", () => Results.Redirect($"http://127.0.0.1:{otherPort()}/secret-img"));
        app.MapGet("/frame-page", (HttpContext c) => TestSite.Html(
            $"<!doctype html><html><body><p>Khung</p><iframe src=\"http://localhost:{c.Request.Host.Port}/frame-hop\"></iframe></body></html>"));
        app.MapGet("/frame-img-page", (HttpContext c) => TestSite.Html(
            $"<!doctype html><html><body><p>Khung ảnh</p><iframe src=\"http://localhost:{c.Request.Host.Port}/frame-inner\"></iframe></body></html>"));
        app.MapGet("/frame-inner", () => TestSite.Html("<!doctype html><html><body><p>Bên trong</p><img src=\"/frame-img-hop\"></body></html>"));
        app.MapGet("/frame-img-hop", () => Results.Redirect($"http://127.0.0.1:{otherPort()}/secret-frame-img"));
        app.MapGet("/worker-page", () => TestSite.Html("<!doctype html><html><body><p>Worker</p><script>const w = new Worker('/worker.js'); w.onmessage = e => document.body.append(e.data);</script></body></html>"));
        app.MapGet("/worker.js", () => Results.Content("fetch('/worker-hop').then(r => r.text()).then(t => postMessage('worker đọc: ' + t), () => postMessage('worker bị chặn'));", "text/javascript"));
        app.MapGet("/worker-hop", () => Results.Redirect($"http://127.0.0.1:{otherPort()}/secret-worker"));
        app.MapGet("/frame-hop", () => Results.Redirect($"http://127.0.0.1:{otherPort()}/secret-frame"));
        app.MapGet("/popup", () => TestSite.Html("<!doctype html><html><body><p>Cửa sổ</p><script>window.open('/r3');</script></body></html>"));
        app.MapGet("/socket", () => TestSite.Html(
            $"<!doctype html><html><body><p>Socket</p><script>const ws = new WebSocket('ws://127.0.0.1:{otherPort()}/ws'); ws.onerror = () => document.body.append('ws lỗi');</script></body></html>"));
        app.MapGet("/heavy-asset", () => TestSite.Html("<!doctype html><html><body><p>Tài sản nặng</p><script src=\"/asset.js\"></script></body></html>"));
        app.MapGet("/asset.js", () => Results.Content("/*" + new string('a', 8000) + "*/ document.body.append('đã chạy');", "text/javascript"));
        app.MapGet("/gz", () => TestSite.Html("<!doctype html><html lang=\"vi\"><body><p>Nội dung nén: " + string.Concat(Enumerable.Repeat("hàng giả, ", 200)) + "</p></body></html>"));
        app.MapGet("/big", () => TestSite.Html("<!doctype html><html><body><pre>" + new string('x', 3 * 1024 * 1024) + "</pre></body></html>"));
        app.MapGet("/endless", () => TestSite.Html("""
            <!doctype html><html lang="vi"><body><div id="feed" style="height:2000px">Bắt đầu</div>
            <script>addEventListener('scroll', () => { const d = document.createElement('div'); d.style.height = '2000px'; d.textContent = 'thêm'; document.getElementById('feed').append(d); });</script>
            </body></html>
            """));
    }

    private const string Listing = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>Nồi cơm điện Sunhouse</title>
        <meta property="og:title" content="Tiêu đề Open Graph không được dùng">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"Product","name":"Nồi cơm điện Sunhouse SHD8955 1,8 lít",
         "brand":{"@type":"Brand","name":"Sunhouse"},
         "offers":{"@type":"Offer","price":"1250000","priceCurrency":"VND",
           "seller":{"@type":"Organization","name":"Cửa hàng Điện Máy Hà Nội","url":"https://shop.example.vn/dien-may-ha-noi"}}}
        </script></head>
        <body>
        <h1>Nồi cơm điện Sunhouse SHD8955 1,8 lít</h1>
        <p class="price">1.250.000 ₫</p>
        <p>Người bán: Cửa hàng Điện Máy Hà Nội</p>
        <div style="height:4000px">Mô tả: nồi cơm điện chính hãng, bảo hành 12 tháng.</div>
        <img loading="lazy" src="/img/lazy-far.png" width="40" height="40" alt="ảnh sản phẩm">
        <div style="height:3000px"></div>
        <div id="reviews">…</div>
        <script>
          new IntersectionObserver((entries, o) => { if (entries.some(e => e.isIntersecting)) { document.getElementById('reviews').textContent = 'Đánh giá của khách hàng: 5 sao'; o.disconnect(); } })
            .observe(document.getElementById('reviews'));
          alert('Chào mừng bạn đến cửa hàng');
        </script>
        </body></html>
        """;

    private const string Consent = """
        <!doctype html><html lang="vi"><body>
        <h1>Máy lọc nước RO</h1><p>Giá: 4.990.000 ₫</p>
        <div id="consent-overlay" style="position:fixed;inset:0;background:#fff;z-index:9">
          <p>Trang web này dùng cookie để cải thiện trải nghiệm</p>
          <button data-consent="accept" onclick="document.getElementById('consent-overlay').remove()">Đồng ý</button>
        </div></body></html>
        """;
}
