using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enforcement.Api.Cases.Tasks;

/// <summary>
/// A form's values as text, whatever JSON type a caller sent (5, true, "5"): the form's validator then judges each field and
/// answers a per-field message, instead of the whole body failing to bind. Objects and arrays arrive as their JSON text.
/// </summary>
internal sealed class FormValuesConverter : JsonConverter<Dictionary<string, string?>>
{
    public override Dictionary<string, string?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("fields must be an object");
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            values[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                _ => JsonDocument.ParseValue(ref reader).RootElement.GetRawText(),
            };
        }
        return values;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, string?> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
