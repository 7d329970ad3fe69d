package io.github.engagementrules.examples.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGHUP, the Unix signal that tells a daemon to reload its configuration and reopen its files ({@code systemctl
 * reload}, {@code kill -HUP}), handled with {@code sun.misc.Signal} from the JDK's {@code jdk.unsupported} module: the
 * one way the JDK offers, exported to every application and present in every OpenJDK build. It is reached by
 * reflection because javac's warning about proprietary API cannot be suppressed under {@code -Werror}. Where it is
 * missing (another JVM, a platform without SIGHUP), {@link #handle} says so and returns {@code false}: the roster and
 * rule files are still watched.
 */
final class HangupSignal {
  private static final Logger LOG = LoggerFactory.getLogger(HangupSignal.class);

  private HangupSignal() {}

  /**
   * Runs {@code action} on the JVM's signal thread at each SIGHUP, instead of the JVM's default of exiting.
   *
   * @param action what to do; exceptions it throws are logged, and the process keeps running
   * @return whether the handler was installed
   */
  static boolean handle(Runnable action) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Object signal = signalClass.getConstructor(String.class).newInstance("HUP");
      InvocationHandler onSignal = (proxy, method, args) -> invoke(proxy, method, args, action);
      Object handler = Proxy.newProxyInstance(HangupSignal.class.getClassLoader(), new Class<?>[] {handlerClass},
          onSignal);
      signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
      return true;
    } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException e) {
      LOG.warn("SIGHUP cannot be handled on this JVM ({}); files are still watched for changes", e.toString());
      return false;
    }
  }

  private static Object invoke(Object proxy, Method method, Object[] args, Runnable action) {
    switch (method.getName()) {
      case "handle" -> {
        try {
          action.run();
        } catch (RuntimeException e) {
          LOG.error("handling SIGHUP failed", e);
        }
        return null;
      }
      case "toString" -> {
        return "SIGHUP handler";
      }
      case "hashCode" -> {
        return System.identityHashCode(action);
      }
      case "equals" -> {
        return args != null && args.length == 1 && args[0] == proxy;
      }
      default -> throw new UnsupportedOperationException(method.getName());
    }
  }
}
