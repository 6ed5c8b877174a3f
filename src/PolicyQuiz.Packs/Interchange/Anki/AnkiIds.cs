using System.Security.Cryptography;
using System.Text;

namespace PolicyQuiz.Packs.Interchange.Anki;

/// <summary>
/// Ids that stay the same across exports, so importing a newer export into Anki updates notes rather
/// than adding them: the note guid comes from (pack, question), the deck id from the pack, and the
/// note type id is fixed.
/// </summary>
internal static class AnkiIds
{
    /// <summary>The id of the PolicyQuiz note type (fixed, so every export shares one note type).</summary>
    public const long NoteTypeId = 1_733_000_000_001;

    private const string Base91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    public static string Guid(string packId, string questionId)
    {
        var value = Hash64("policyquiz/" + packId + "/" + questionId);
        var builder = new StringBuilder();
        do
        {
            builder.Insert(0, Base91[(int)(value % 91)]);
            value /= 91;
        }
        while (value > 0);
        return builder.ToString();
    }

    /// <summary>A deck id from the pack id, in the range Anki's own (millisecond-time) ids use.</summary>
    public static long Deck(string packId) => 1_500_000_000_000 + (long)(Hash64("deck/" + packId) % 400_000_000_000UL);

    /// <summary>The first 8 hex digits of the SHA-1 of the sort field, as Anki's checksum column holds it.</summary>
    public static long Checksum(string sortField)
    {
#pragma warning disable CA5350 // Anki defines the checksum as SHA-1; it is a lookup key, not security
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(sortField));
#pragma warning restore CA5350
        return ((long)hash[0] << 24) | ((long)hash[1] << 16) | ((long)hash[2] << 8) | hash[3];
    }

    private static ulong Hash64(string text) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
