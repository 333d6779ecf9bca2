using System.Text.Json;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Tests.Integrity;

internal static class Manifests
{
    public static EvidenceManifest Sample(string id, IReadOnlyList<ManifestArtifact> artifacts) => new(
        id, "https://shop.example/p/1", "https://shop.example/p/1?ref=x",
        new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero).AddTicks(4567),
        artifacts,
        JsonDocument.Parse("""{"httpStatus":200,"operator":"nguyen.van.a","log":["Đã đóng hộp thoại cookie"]}""").RootElement.Clone(),
        JsonDocument.Parse("""{"title":"Đồng hồ","priceVnd":1500000}""").RootElement.Clone());
}
