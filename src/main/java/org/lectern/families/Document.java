package org.lectern.families;

/** The text of one paper as the family detection sees it. */
public record Document(long id, String title, String abstractText) {
}
