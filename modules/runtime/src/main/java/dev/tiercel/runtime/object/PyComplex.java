package dev.tiercel.runtime.object;

/** Python's {@code complex}. */
public class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return PyTypes.COMPLEX;
    }
}
