/**
 * Build-time tools that are not part of the shipped jar (Maven profile {@code teacher}): NLP4J's
 * pretrained OntoNotes recognizer labels a general news corpus, and {@link newskg.teacher.EntityTeacher}
 * trains the compact OpenNLP entity model that newskg ships from those labels; NLP4J's dependency parser
 * parses the same corpus on newskg's tokens, and {@link newskg.teacher.ParserTeacher} trains the
 * dependency model that newskg ships.
 */
package newskg.teacher;
