#!/usr/bin/env bash
# Assembles Tiercel's jlink images from the module jars that Maven copied into TARGET/mods.
#   make-images.sh TARGET      (run by the distribution module's package phase; needs JAVA_HOME = a JDK 25)
#
# 1. Third-party jars without a module-info (Dagger's runtime, javax.inject) get one generated with jdeps and
#    compiled into a copy of the jar, because jlink only links explicit modules.
# 2. Each image links exactly the modules of its configuration (docs/images.md) and gets a bin/tiercel script.
# 3. Each image gets an AOT cache of the classes a trivial run loads, so start-up skips class loading and linking.
set -euo pipefail
target=$1
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK 25}
mods=$target/mods
modular=$target/modular
images=$target/images
rm -rf "$modular" "$images" "$target/modinfo"
mkdir -p "$modular" "$images"

# --- 1. explicit modules for every jar --------------------------------------------------------------------
automatic=()
for jar in "$mods"/*.jar; do
    if unzip -l "$jar" module-info.class 'META-INF/versions/*/module-info.class' >/dev/null 2>&1; then
        cp "$jar" "$modular/"
    else
        automatic+=("$jar")
    fi
done
if [ ${#automatic[@]} -gt 0 ]; then
    thirdparty=$target/modinfo/thirdparty
    mkdir -p "$thirdparty"
    for jar in "$modular"/*.jar; do
        case $(basename "$jar") in tiercel-*) ;; *) cp "$jar" "$thirdparty/" ;; esac
    done
    # one jdeps run over all of them, so that they may require each other
    "$jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps --module-path "$thirdparty" \
        --generate-module-info "$target/modinfo/src" "${automatic[@]}" >/dev/null
    automatic_path=$(IFS=:; echo "${automatic[*]}")
    for jar in "${automatic[@]}"; do
        name=$(basename "$jar" .jar)
        # the automatic module's name, e.g. "dagger automatic" -> dagger
        module=$("$jdk/bin/jar" --describe-module --file "$jar" | sed -n 's/^\([A-Za-z0-9_.]*\) automatic$/\1/p')
        info=$(find "$target/modinfo/src/$module" -name module-info.java | head -n 1)
        classes=$target/modinfo/classes/$module
        mkdir -p "$classes"
        "$jdk/bin/javac" -nowarn --module-path "$thirdparty:$automatic_path" --patch-module "$module=$jar" \
            -d "$classes" "$info"
        cp "$jar" "$modular/$name.jar"
        "$jdk/bin/jar" --update --file "$modular/$name.jar" -C "$classes" module-info.class
    done
fi

# --- 2. the images ----------------------------------------------------------------------------------------
core="dev.tiercel.runtime,dev.tiercel.stdlib,dev.tiercel.frontend,dev.tiercel.tier1,dev.tiercel.launcher"
tier2="dev.tiercel.tier2,dev.tiercel.backend.interp"
native="dev.tiercel.backend.x64,dev.tiercel.backend.aarch64"

link() {  # link IMAGE MODULES JIT-DEFAULT
    local image=$1 modules=$2 jit_default=$3 dir=$images/$1
    # the modules that call native code through FFM (restricted methods) must be named, or the JVM warns
    local native_access=""
    case ",$modules," in *,dev.tiercel.backend.x64,*)
        native_access="--enable-native-access=dev.tiercel.tier2,dev.tiercel.backend.x64,dev.tiercel.backend.aarch64" ;;
    esac
    "$jdk/bin/jlink" --module-path "$modular" --add-modules "$modules" --output "$dir" \
        --strip-debug --no-header-files --no-man-pages --compress zip-0
    cat > "$dir/bin/tiercel" <<SCRIPT
#!/bin/sh
# Tiercel ($image image). TIERCEL_JAVA_OPTIONS adds JVM options.
home=\$(cd "\$(dirname "\$(readlink -f "\$0")")/.." && pwd)
exec "\$home/bin/java" -XX:+UseSerialGC -Xss16m \\
    -XX:AOTCache="\$home/lib/tiercel.aot" -Xlog:aot=off -Xlog:cds=off \\
    -Dtiercel.image=$image -Dtiercel.jit.default=$jit_default $native_access \$TIERCEL_JAVA_OPTIONS \\
    -m dev.tiercel.launcher/dev.tiercel.launcher.Main "\$@"
SCRIPT
    chmod +x "$dir/bin/tiercel"
    # --- 3. AOT cache trained on start-up of a tiny program (its exit code does not matter); the loop in a function
    #     makes a tier-2 trace, native in tiercel-jit, so that the JIT's FFM linkage is in the cache too. Classes
    #     only: no method profiles (-AOTRecordTraining). The tiny run's profiles made the JIT compilers start from
    #     a profile of a native trace in tiercel-jit and of a uop-interpreted one in tiercel-interp, and the same
    #     Java code then ran up to 7% slower in one image than in the other (words, methods; bench/run.py --batch);
    #     without them start-up is as fast (0.06 s for `-c pass`).
    (cd "$dir" && ./bin/java -XX:+UseSerialGC -Xss16m -XX:AOTCacheOutput=lib/tiercel.aot \
        -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining $native_access \
        -Dtiercel.image="$image" -m dev.tiercel.launcher/dev.tiercel.launcher.Main \
        -c 'x = 0
for i in range(100):
    x += i
def f(n):
    y = 0
    for i in range(n):
        y += i
    return y
print(x, f(100))') >"$target/aot-$image.log" 2>&1 || true
    [ -f "$dir/lib/tiercel.aot" ] || echo "make-images.sh: no AOT cache for $image, see $target/aot-$image.log" >&2
}

link tiercel-jit "$core,$tier2,$native" on
link tiercel-jit-off "$core,$tier2,$native" off
link tiercel-interp "$core,$tier2" on
link tiercel-tier1 "$core" on
echo "images: $(cd "$images" && echo *)"
