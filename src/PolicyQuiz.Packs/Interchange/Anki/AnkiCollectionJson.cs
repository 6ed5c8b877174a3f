using System.Text.Json;

namespace PolicyQuiz.Packs.Interchange.Anki;

/// <summary>The JSON columns of the legacy col row (conf, models, decks, dconf), as Anki 2.1 writes them for schema 11.</summary>
internal static class AnkiCollectionJson
{
    public const string NoteTypeName = "PolicyQuiz";

    private const string Css = ".card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }\n"
        + ".explanation { margin-top: 1em; }\n.source { margin-top: 1em; font-size: 14px; color: #555; }\n.qid { display: none; }\n";

    private const string Front = "{{Front}}";

    private const string Back = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n"
        + "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}\n"
        + "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}\n"
        + "<div class=qid>{{Question}}</div>";

    public static string Conf(long deckId, long nowSeconds) => MetaJson.Write(w =>
    {
        w.WriteNumber("nextPos", 1);
        w.WriteBoolean("estTimes", true);
        w.WriteStartArray("activeDecks");
        w.WriteNumberValue(deckId);
        w.WriteEndArray();
        w.WriteString("sortType", "noteFld");
        w.WriteNumber("timeLim", 0);
        w.WriteBoolean("sortBackwards", false);
        w.WriteBoolean("addToCur", true);
        w.WriteNumber("curDeck", deckId);
        w.WriteBoolean("newBury", true);
        w.WriteNumber("newSpread", 0);
        w.WriteBoolean("dueCounts", true);
        w.WriteString("curModel", AnkiIds.NoteTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("collapseTime", 1200);
        w.WriteNumber("schedVer", 2);
        w.WriteNumber("creationOffset", 0);
        w.WriteNumber("mod", nowSeconds);
    });

    public static string Models(long deckId, long nowSeconds) => MetaJson.Write(w =>
    {
        w.WriteStartObject(AnkiIds.NoteTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("id", AnkiIds.NoteTypeId);
        w.WriteString("name", NoteTypeName);
        w.WriteNumber("type", 0);
        w.WriteNumber("mod", nowSeconds);
        w.WriteNumber("usn", -1);
        w.WriteNumber("sortf", 0);
        w.WriteNumber("did", deckId);
        w.WriteStartArray("tmpls");
        w.WriteStartObject();
        w.WriteString("name", "Card 1");
        w.WriteNumber("ord", 0);
        w.WriteString("qfmt", Front);
        w.WriteString("afmt", Back);
        w.WriteNull("did");
        w.WriteString("bqfmt", string.Empty);
        w.WriteString("bafmt", string.Empty);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("flds");
        for (var ord = 0; ord < AnkiNoteFaces.FieldNames.Count; ord++)
        {
            w.WriteStartObject();
            w.WriteString("name", AnkiNoteFaces.FieldNames[ord]);
            w.WriteNumber("ord", ord);
            w.WriteBoolean("sticky", false);
            w.WriteBoolean("rtl", false);
            w.WriteString("font", "Arial");
            w.WriteNumber("size", 20);
            w.WriteStartArray("media");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("css", Css);
        w.WriteString("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        w.WriteString("latexPost", "\\end{document}");
        w.WriteBoolean("latexsvg", false);
        w.WriteStartArray("req");
        w.WriteStartArray();
        w.WriteNumberValue(0);
        w.WriteStringValue("any");
        w.WriteStartArray();
        w.WriteNumberValue(0);
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteStartArray("tags");
        w.WriteEndArray();
        w.WriteStartArray("vers");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Decks(long deckId, string deckName, string description, long nowSeconds) => MetaJson.Write(w =>
    {
        Deck(w, 1, "Default", string.Empty, nowSeconds);
        Deck(w, deckId, deckName, description, nowSeconds);
    });

    public static string DeckConfig() => MetaJson.Write(w =>
    {
        w.WriteStartObject("1");
        w.WriteNumber("id", 1);
        w.WriteString("name", "Default");
        w.WriteBoolean("replayq", true);
        w.WriteStartObject("lapse");
        Numbers(w, "delays", 10);
        w.WriteNumber("mult", 0);
        w.WriteNumber("minInt", 1);
        w.WriteNumber("leechFails", 8);
        w.WriteNumber("leechAction", 0);
        w.WriteEndObject();
        w.WriteStartObject("rev");
        w.WriteNumber("perDay", 200);
        w.WriteNumber("ease4", 1.3);
        w.WriteNumber("fuzz", 0.05);
        w.WriteNumber("minSpace", 1);
        w.WriteNumber("ivlFct", 1);
        w.WriteNumber("maxIvl", 36500);
        w.WriteBoolean("bury", false);
        w.WriteNumber("hardFactor", 1.2);
        w.WriteEndObject();
        w.WriteNumber("timer", 0);
        w.WriteNumber("maxTaken", 60);
        w.WriteNumber("usn", 0);
        w.WriteStartObject("new");
        w.WriteNumber("perDay", 20);
        Numbers(w, "delays", 1, 10);
        w.WriteBoolean("separate", true);
        Numbers(w, "ints", 1, 4, 7);
        w.WriteNumber("initialFactor", 2500);
        w.WriteBoolean("bury", false);
        w.WriteNumber("order", 1);
        w.WriteEndObject();
        w.WriteNumber("mod", 0);
        w.WriteBoolean("autoplay", true);
        w.WriteBoolean("dyn", false);
        w.WriteEndObject();
    });

    private static void Deck(Utf8JsonWriter w, long id, string name, string description, long nowSeconds)
    {
        w.WriteStartObject(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("id", id);
        w.WriteString("name", name);
        w.WriteNumber("mod", nowSeconds);
        w.WriteNumber("usn", -1);
        w.WriteString("desc", description);
        w.WriteNumber("dyn", 0);
        w.WriteNumber("conf", 1);
        w.WriteBoolean("collapsed", false);
        w.WriteBoolean("browserCollapsed", false);
        foreach (var counter in new[] { "newToday", "revToday", "lrnToday", "timeToday" })
        {
            Numbers(w, counter, 0, 0);
        }

        w.WriteNumber("extendNew", 10);
        w.WriteNumber("extendRev", 50);
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string name, params ReadOnlySpan<double> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    }
}
