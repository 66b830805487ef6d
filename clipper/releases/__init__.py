"""Press releases (보도자료) and their pickup by outlets (issue 18): reading release files, matching articles to them, photo pickup, the pickup table and CSV. No Qt, no SQL."""
