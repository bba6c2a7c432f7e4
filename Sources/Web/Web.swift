/// The citizen and public pages, the JSON API and the static files.
public enum Web {}
