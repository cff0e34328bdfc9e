package be.openpas.points;

/**
 * A change would make a balance negative. Callers check the balance (under {@link Points#lock}) and raise their own
 * problem first ({@code reward-passholder-points-constraint}); this is the last line of defence.
 */
public class NotEnoughPoints extends RuntimeException {

    private final int balance;

    public NotEnoughPoints(int balance, int requested) {
        super("The balance is " + balance + "; " + requested + " points cannot be taken.");
        this.balance = balance;
    }

    public int balance() {
        return balance;
    }
}
