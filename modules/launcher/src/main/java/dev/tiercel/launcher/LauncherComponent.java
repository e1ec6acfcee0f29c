package dev.tiercel.launcher;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The launcher's object graph for one run. */
@Singleton
@Component(modules = LauncherModule.class)
interface LauncherComponent {

    Launcher launcher();

    @Component.Factory
    interface Factory {
        LauncherComponent create(@BindsInstance CommandLine commandLine, @BindsInstance Environment environment);
    }
}
