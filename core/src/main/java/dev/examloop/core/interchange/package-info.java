/**
 * Interchange: question banks read from and written to other tools' formats (GIFT, Aiken, Moodle XML, IMS QTI 2.1,
 * CSV, Anki notes, the exam-simulator JSON), one {@link dev.examloop.core.interchange.QuestionFormat} per format,
 * to and from the pack model. Readers collect what Examloop cannot hold as skipped items with their line and
 * reason, and refuse malformed input whole with {@code file:line: message}. Input is untrusted: XML is parsed with
 * DTDs and external entities off, zips are read within limits, and text is decoded strictly. See
 * {@code docs/interchange.md}.
 */
package dev.examloop.core.interchange;
