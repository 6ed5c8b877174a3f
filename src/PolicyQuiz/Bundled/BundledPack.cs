namespace PolicyQuiz.Bundled;

/// <summary>A pack file that ships inside the program: its resource name (bundled/NAME.yaml) and bytes.</summary>
internal sealed record BundledPack(string Name, byte[] Bytes);
