package org.lectern.listing;

/** The upvote field of a Hugging Face listing: a count, "-" for none, or a short form like "1.2k". */
final class Upvotes {
    private Upvotes() {
    }

    static boolean isUpvotes(String token) {
        if (token.equals("-") || token.equals("–")) {
            return true;
        }
        int n = token.length();
        if (n == 0 || n > 9) {
            return false;
        }
        int end = token.endsWith("k") || token.endsWith("K") ? n - 1 : n;
        boolean digit = false;
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '.' || end == n) {
                return false;
            }
        }
        return digit;
    }

    /** The count, null for "-". */
    static Integer parse(String token) {
        if (token.equals("-") || token.equals("–")) {
            return null;
        }
        try {
            if (token.endsWith("k") || token.endsWith("K")) {
                return (int) Math.round(Double.parseDouble(token.substring(0, token.length() - 1)) * 1000);
            }
            return Integer.valueOf(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
