/**
 * Build-time tools that are not part of the shipped jar (Maven profile {@code teacher}): NLP4J's
 * pretrained OntoNotes recognizer labels a general news corpus, and {@link newskg.teacher.EntityTeacher}
 * trains the compact OpenNLP entity model that newskg ships from those labels.
 */
package newskg.teacher;
