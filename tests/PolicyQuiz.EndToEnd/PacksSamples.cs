namespace PolicyQuiz.EndToEnd;

/// <summary>Pack files written for the end-to-end tests.</summary>
public static class PacksSamples
{
    public static string Small(int version = 1, string title = "Small test pack", string extraQuestion = "") => $"""
        pack: small-test
        title: {title}
        version: {version}
        language: en
        sources:
          - id: briefing
            title: A briefing on the talks
            published: 2025-03-24
        questions:
          - id: who-proposed
            type: choice
            kind: who
            prompt: Who proposed cooperation on rare earth minerals?
            answer: Vladimir Putin
            distractors: [Donald Trump, Kirill Dmitriev, Elon Musk]
            source: briefing
          - id: talks-public
            type: truefalse
            kind: what
            prompt: The talks were announced publicly.
            answer: true
            source: briefing
          - id: envoy
            type: short
            kind: who
            prompt: Name the Russian envoy.
            answer: Kirill Dmitriev
            accept: [Dmitriev]
            source: briefing
        {extraQuestion}
        """;

    public const string Broken = """
        pack: broken-test
        title: Broken
        version: 1
        sources:
          - id: briefing
            title: A briefing
        questions:
          - id: first
            type: choise
            kind: who
            prompt: Who?
            answer: Someone
            distractors: [A, B, C]
          - id: second
            type: choice
            kind: who
            promt: Who else?
            answer: Someone
            distractors: [A, B, C]
            source: briefing
        """;

    public const string WithEscapes = """
        pack: escape-test
        title: "Escapes \e[31mred"
        version: 1
        sources:
          - id: s
            title: S
        questions:
          - id: q
            type: short
            kind: what
            prompt: "What is \e]0;pwned\a this?"
            answer: "It \e[2J is"
            source: s
        """;
}
