using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Evidence;

internal static class EvidenceClient
{
    public static async Task<long> RequestCaptureAsync(this HttpClient client, string code, string url, long? previousId = null)
    {
        var response = await client.PostAsJsonAsync($"/api/staff/cases/{code}/evidence", new { url, previousId });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"capture {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    /// <summary>Polls until the worker is done with the capture (a real Chromium on a shared machine: allow a minute and a half).</summary>
    public static async Task<JsonElement> WaitForAsync(this HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var evidence = await (await client.GetAsync($"/api/staff/evidence/{id}")).JsonAsync();
            var status = evidence.GetProperty("status").GetString();
            if (status is "succeeded" or "failed") return evidence;
            Assert.True(DateTime.UtcNow < deadline, $"capture {id} still {status} after 90 s");
            await Task.Delay(250);
        }
    }

    public static async Task<JsonElement> SucceededAsync(this HttpClient client, long id)
    {
        var evidence = await client.WaitForAsync(id);
        Assert.True(evidence.GetProperty("status").GetString() == "succeeded", $"capture {id} failed: {evidence.GetProperty("failureReason")}");
        return evidence;
    }

    public static async Task<JsonElement> VerifyAsync(this HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/staff/evidence/{id}/verify");
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    public static JsonElement Artifact(this JsonElement evidence, string kind) =>
        evidence.GetProperty("artifacts").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == kind);

    public static List<string> CustodyActions(this JsonElement evidence) =>
        evidence.GetProperty("custody").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();

    public static List<string> Problems(this JsonElement verification) =>
        verification.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
}
