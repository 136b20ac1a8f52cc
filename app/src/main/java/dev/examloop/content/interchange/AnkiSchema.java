package dev.examloop.content.interchange;

import java.util.List;

/** The tables and the JSON settings of an Anki collection in the legacy schema (version 11), for writing .apkg. */
final class AnkiSchema {
    private AnkiSchema() {}

    static final List<String> TABLES = List.of(
            "create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,"
                    + " ver integer not null, dty integer not null, usn integer not null, ls integer not null,"
                    + " conf text not null, models text not null, decks text not null, dconf text not null,"
                    + " tags text not null)",
            "create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,"
                    + " usn integer not null, tags text not null, flds text not null, sfld integer not null,"
                    + " csum integer not null, flags integer not null, data text not null)",
            "create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,"
                    + " mod integer not null, usn integer not null, type integer not null, queue integer not null,"
                    + " due integer not null, ivl integer not null, factor integer not null, reps integer not null,"
                    + " lapses integer not null, left integer not null, odue integer not null, odid integer not null,"
                    + " flags integer not null, data text not null)",
            "create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,"
                    + " ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,"
                    + " type integer not null)",
            "create table graves (usn integer not null, oid integer not null, type integer not null)",
            "create index ix_notes_usn on notes (usn)",
            "create index ix_cards_usn on cards (usn)",
            "create index ix_revlog_usn on revlog (usn)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_cards_sched on cards (did, queue, due)",
            "create index ix_revlog_cid on revlog (cid)",
            "create index ix_notes_csum on notes (csum)");

    static String conf(long modelId) {
        return "{\"nextPos\": 1, \"estTimes\": true, \"activeDecks\": [1], \"sortType\": \"noteFld\", \"timeLim\": 0,"
                + " \"sortBackwards\": false, \"addToCur\": true, \"curDeck\": 1, \"newBury\": true, \"newSpread\": 0,"
                + " \"dueCounts\": true, \"curModel\": \"" + modelId + "\", \"collapseTime\": 1200}";
    }

    static String models(long modelId, long deckId, long seconds) {
        String field = "{\"name\": \"%s\", \"ord\": %d, \"sticky\": false, \"rtl\": false, \"font\": \"Arial\","
                + " \"size\": 20, \"media\": []}";
        return "{\"" + modelId + "\": {\"id\": " + modelId + ", \"name\": \"Examloop Basic\", \"type\": 0, \"mod\": "
                + seconds + ", \"usn\": -1, \"sortf\": 0, \"did\": " + deckId + ", \"tmpls\": [{\"name\": \"Card 1\","
                + " \"ord\": 0, \"qfmt\": \"{{Front}}\", \"afmt\": \"{{FrontSide}}<hr id=answer>{{Back}}\", \"did\": null,"
                + " \"bqfmt\": \"\", \"bafmt\": \"\"}], \"flds\": [" + String.format(field, "Front", 0) + ", "
                + String.format(field, "Back", 1) + "], \"css\": \".card {font-family: arial; font-size: 20px;"
                + " text-align: left; color: black; background-color: white;}\", \"latexPre\": \"\\\\documentclass[12pt]{article}"
                + "\\n\\\\special{papersize=3in,5in}\\n\\\\usepackage[utf8]{inputenc}\\n\\\\usepackage{amssymb,amsmath}\\n"
                + "\\\\pagestyle{empty}\\n\\\\setlength{\\\\parindent}{0in}\\n\\\\begin{document}\\n\", \"latexPost\":"
                + " \"\\\\end{document}\", \"latexsvg\": false, \"req\": [[0, \"all\", [0]]], \"tags\": [], \"vers\": []}}";
    }

    static String decks(long deckId, String name, long seconds) {
        String deck =
                "{\"id\": %d, \"name\": \"%s\", \"mod\": %d, \"usn\": -1, \"lrnToday\": [0, 0], \"revToday\": [0, 0],"
                        + " \"newToday\": [0, 0], \"timeToday\": [0, 0], \"collapsed\": false, \"browserCollapsed\": false,"
                        + " \"desc\": \"\", \"dyn\": 0, \"conf\": 1, \"extendNew\": 0, \"extendRev\": 0}";
        return "{\"1\": " + String.format(deck, 1, "Default", seconds) + ", \"" + deckId + "\": "
                + String.format(deck, deckId, name.replace("\\", "\\\\").replace("\"", "\\\""), seconds) + "}";
    }

    static final String DECK_CONFIG =
            "{\"1\": {\"id\": 1, \"name\": \"Default\", \"mod\": 0, \"usn\": 0, \"maxTaken\": 60,"
                    + " \"autoplay\": true, \"timer\": 0, \"replayq\": true, \"dyn\": false, \"new\": {\"delays\": [1, 10],"
                    + " \"ints\": [1, 4, 0], \"initialFactor\": 2500, \"order\": 1, \"perDay\": 20, \"bury\": false},"
                    + " \"rev\": {\"perDay\": 200, \"ease4\": 1.3, \"ivlFct\": 1, \"maxIvl\": 36500, \"bury\": false,"
                    + " \"hardFactor\": 1.2}, \"lapse\": {\"delays\": [10], \"mult\": 0, \"minInt\": 1, \"leechFails\": 8,"
                    + " \"leechAction\": 1}}}";
}
