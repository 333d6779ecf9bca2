using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

/// <summary>
/// A short list of words kept as a JSON array in one text column, alike on both providers (Npgsql would
/// otherwise make it a text[] array and SQLite a JSON string, and the scripts would differ in kind).
/// </summary>
internal static class JsonStringList
{
    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        l => l.ToList());

    public static PropertyBuilder<List<string>> AsJsonArray(this PropertyBuilder<List<string>> property) =>
        property.HasConversion(
                l => JsonSerializer.Serialize(l, (JsonSerializerOptions?)null),
                s => JsonSerializer.Deserialize<List<string>>(s, (JsonSerializerOptions?)null) ?? new List<string>(),
                Comparer)
            .HasColumnType("text");
}
